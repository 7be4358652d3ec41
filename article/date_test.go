package article

import (
	"testing"
	"time"
)

func TestDateString(t *testing.T) {
	at := time.Date(2025, 10, 17, 1, 54, 0, 0, time.FixedZone("", 2*3600))
	tests := []struct {
		name string
		d    Date
		want string
	}{
		{"unknown", Date{}, ""},
		{"day only", Date{Time: at, Precision: Day}, "2025-10-17"},
		{"time without offset", Date{Time: at, Precision: Local}, "2025-10-17T01:54:00"},
		{"time with offset", Date{Time: at, Precision: Instant}, "2025-10-17T01:54:00+02:00"},
		{"utc", Date{Time: at.UTC(), Precision: Instant}, "2025-10-16T23:54:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}
