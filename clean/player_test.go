package clean

import "testing"

func TestPlayerLabel(t *testing.T) {
	runTextRule(t, PlayerLabel, []textRuleCase{
		{"zero", "0:00", true},
		{"duration", "29:41", true},
		{"hours", "1:02:03", true},
		{"pair", "0:00 / 3:45", true},
		{"english buttons", "Play Mute Fullscreen", true},
		{"german button", "Video abspielen", true},
		{"label", "Vollbild", true},
		{"score", "3:1", false},
		{"time of day in text", "Der Zug fährt um 14:30 ab.", false},
		{"headline", "Live aus dem Landtag", false},
	})
}
