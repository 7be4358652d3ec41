package clean

import "testing"

func TestIsSignoff(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"german greeting", "Liebe Grüße, Anna", true},
		{"yours", "Euer Tom", true},
		{"kisses", "x Franzi", true},
		{"team", "XX, Das Team", true},
		{"spanish", "Saludos, María", true},
		{"menu word", "Kontakt", false},
		{"sentence", "Eure Meinung zu diesem Thema interessiert uns sehr, schreibt uns gern.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsSignoff(tt.line); got != tt.want {
				t.Errorf("IsSignoff(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}
