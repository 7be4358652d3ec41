package clean

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// ShareButtonLabel matches the label a share button gives screen readers,
// which the page hides and its DOM text keeps: the action, a network's or
// a share word, then a note that it opens a new window ("Click to share on
// Facebook (Opens in new window)", "Klicken zum Ausdrucken (Wird in neuem
// Fenster geöffnet)").
var ShareButtonLabel = TextRule{
	Name: "share-button-label",
	// Every note of a new window holds one of these words.
	Gate: &Gate{Max: 120, Words: []string{"window", "tab", "fenster", "fenêtre", "ventana", "finestra", "oknie", "venster"}},
	MatchLower: func(s, lower string) bool {
		if runesOver(s, 120) {
			return false
		}
		head, ok := strings.CutSuffix(strings.TrimSpace(lower), ")")
		if !ok {
			return false
		}
		i := strings.LastIndexByte(head, '(')
		if i <= 0 || !newWindowNote[strings.ReplaceAll(strings.Join(strings.Fields(head[i+1:]), " "), "’", "'")] {
			return false
		}
		ws := lang.LineWords(head[:i])
		if len(ws) == 0 || len(ws) > 12 {
			return false
		}
		for _, w := range ws {
			if shareKeys[w] || shareActions[w] {
				return true
			}
		}
		return false
	},
}

// newWindowNote are the notes that a link opens a new window.
var newWindowNote = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range phraseList(`
		opens in new window
		opens in a new window
		opens in new tab
		opens in a new tab
		wird in neuem fenster geöffnet
		öffnet in neuem fenster
		öffnet in einem neuen fenster
		s'ouvre dans une nouvelle fenêtre
		ouvre dans une nouvelle fenêtre
		se abre en una ventana nueva
		se abre en una nueva ventana
		si apre in una nuova finestra
		otwiera się w nowym oknie
		opent in een nieuw venster
	`) {
		m[p] = true
	}
	return m
}()

// shareActions are words of a share button's label besides the share
// words themselves: printing, mailing to a friend.
var shareActions = lang.WordSet(`ausdrucken friend freund freundin ami amigo amico
	imprimer imprimir stampare drucken mailen`)
