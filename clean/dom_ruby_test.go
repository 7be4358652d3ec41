package clean

import "testing"

func TestRubyReading(t *testing.T) {
	runDOMCases(t, RubyReading, []domCase{
		{"reading", `<rt>こ</rt>`, true},
		{"fallback parenthesis", `<rp>(</rp>`, true},
		{"the annotated word", `<ruby>子<rt>こ</rt></ruby>`, false},
		{"plain text", `<span>子ども</span>`, false},
	})
}
