package clean

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// PlayerLabel matches the labels of an audio or video player: its
// timestamps ("0:00", "29:41", "0:00 / 3:45") and button names ("Play",
// "Video abspielen", "Vollbild").
var PlayerLabel = TextRule{
	Name: "player-label",
	// A clock reading holds a digit and a colon; else the first word is a
	// player's.
	Gate: &Gate{Max: 60, Words: []string{"0:", "1:", "2:", "3:", "4:", "5:", "6:", "7:", "8:", "9:"}, FirstWords: keysOf(playerWords)},
	MatchLine: func(ln *Line) bool {
		s := strings.TrimSpace(ln.Text())
		if s == "" || ln.runesOverTrim(s, 60) {
			return false
		}
		if strings.IndexByte(s, ':') >= 0 && isTimestamps(s) {
			return true
		}
		return ln.onlyWords(playerWords, nil)
	},
}

// isTimestamps reports whether s holds only clock readings such as 1:02:03,
// with slashes or spaces between them.
func isTimestamps(s string) bool {
	stamps := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '/' || r == '|' }) {
		parts := strings.Split(f, ":")
		if len(parts) < 2 || len(parts) > 3 {
			return false
		}
		for i, p := range parts {
			if p == "" || len(p) > 2 || i > 0 && len(p) != 2 {
				return false
			}
			for _, c := range p {
				if c < '0' || c > '9' {
					return false
				}
			}
		}
		stamps++
	}
	return stamps > 0
}

var playerWords = lang.WordSet(`play pause stop mute unmute replay fullscreen full screen volume skip forward back
	rewind seek live now playing loading video audio
	abspielen wiedergabe wiedergeben vollbild ton stumm lautstärke vorspulen zurückspulen anhören
	lecture plein écran son muet reproducir pantalla completa silenciar
	riproduci schermo intero odtwórz pełny ekran wycisz afspelen volledig scherm
	settings einstellungen captions untertitel subtitles off on`)
