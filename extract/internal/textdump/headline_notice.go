package textdump

import "github.com/pare-dev/pare/internal/lang"

// machineryWords name the browser and its controls, which a notice or a
// button of the page speaks of ("Your browser needs JavaScript", "Toggle
// navigation", "Wenn Sie diesen Button anklicken") and a headline hardly
// ever does.
var machineryWords = lang.WordSet(`javascript browser browsers navigateur navegador przeglądarka
	button buttons toggle cookie cookies click klicke klicken anklicken cliquez haga regístrese ingrese`)

// browserNotice reports whether the words of a line name the browser or
// its controls.
func browserNotice(ws []string) bool {
	for _, w := range ws {
		if machineryWords[w] {
			return true
		}
	}
	return false
}
