package clean

import "testing"

func TestWidgetLoading(t *testing.T) {
	runTextRule(t, WidgetLoading, []textRuleCase{
		{"german like", "Gefällt mir Wird geladen …", true},
		{"english like", "Like Loading...", true},
		{"spanish", "Cargando…", true},
		{"loading comments", "Loading comments...", true},
		{"word without dots", "Die Batterie wird geladen", false},
		{"sentence", "Der Lastwagen wird geladen und fährt dann nach Norden...", false},
		{"short sentence", "Am Abend wird das Boot am Steg geladen...", false},
		{"long line", "Während das Schiff im Hafen von Rotterdam mit Containern voller Waren wird geladen...", false},
	})
}
