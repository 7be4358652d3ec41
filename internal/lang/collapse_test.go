package lang

import "testing"

func TestCollapse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain words", "plain words"},
		{"  leading and trailing  ", "leading and trailing"},
		{"tabs\tand\nnew  lines", "tabs and new lines"},
		{"no\u00a0break space", "no break space"},
		{"\n\t ", ""},
		{"één  woord", "één woord"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Collapse(tt.in); got != tt.want {
				t.Errorf("Collapse(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
