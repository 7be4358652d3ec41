package textdump

import "testing"

// digitRunBytes is digitRun as it read every byte.
func digitRunBytes(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func TestDigitRun(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
	}{
		{"glued dates", "3. März 20215. März 2021 Anna", 5},
		{"a year only", "3. März 2021", 5},
		{"year of four", "im Jahr 2021", 4},
		{"runs parted", "1234 5678 12", 5},
		{"at the end", "abcdefghijklmnop12345", 5},
		{"empty", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := digitRun(tt.in, tt.n), digitRunBytes(tt.in, tt.n); got != want {
				t.Errorf("digitRun(%q, %d) = %v, want %v", tt.in, tt.n, got, want)
			}
		})
	}
}

func FuzzDigitRun(f *testing.F) {
	f.Add("3. März 20215. März 2021", 5)
	f.Add("abcdefgh1234", 4)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 1 || n > 12 {
			return
		}
		if got, want := digitRun(s, n), digitRunBytes(s, n); got != want {
			t.Errorf("digitRun(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}
