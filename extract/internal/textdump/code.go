package textdump

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// isCode reports whether a line reads as program code: it carries the
// punctuation of code ("();", "{", " = ", "=>") or opens with a keyword, and
// does not end like a sentence.
func isCode(s string) bool {
	if len(s) > 200 || s == "" {
		return false
	}
	for _, k := range codeStarts[s[0]] {
		if strings.HasPrefix(s, k) {
			return true
		}
	}
	if endsSentence(s) && !strings.HasSuffix(s, ";") && !strings.HasSuffix(s, ":") {
		return false
	}
	marks := 0
	// Which of the marks' bytes the line holds, read once: a mark is
	// looked for only when its bytes are all there, and none when the
	// line holds none of codeMarkBytes (each mark holds one of them).
	var has uint32
	for i := 0; i < len(s); i++ {
		has |= codeMarkBit[s[i]]
	}
	if has&codeMarkAny != 0 {
		for k, m := range codeMarks {
			if codeMarkNeeds[k]&^has == 0 && strings.Contains(s, m) {
				marks++
			}
		}
	}
	if methodCall(s) {
		marks++
	}
	// A command with its options: "server --port=8080". Without "--" and
	// without a mark the line is no code whatever its words: most lines
	// are told so without splitting them.
	option := strings.Contains(s, "--")
	if marks == 0 && !option {
		return false
	}
	var first [9]string
	f := lang.FieldsInto(first[:0], s) // all of them when there are 8 or fewer
	if option && len(f) <= 8 {
		for _, w := range f[1:] {
			if strings.HasPrefix(w, "--") && len(w) > 2 {
				marks++
				break
			}
		}
	}
	return marks >= 2 || marks == 1 && (strings.HasSuffix(s, ";") || strings.HasSuffix(s, "{") || strings.HasSuffix(s, ")") || len(f) <= 8)
}

// codeKeywords open a line of code or a shell command.
var codeKeywords = []string{"import ", "def ", "return ", "func ", "var ", "const ", "let ", "class ", "#include",
	"$ ", "sudo ", "export ", "pip ", "pip3 ", "npm ", "git ", "poetry ", "docker ", "kubectl ", "apt ", "apt-get ",
	"brew ", "yarn ", "cargo ", "curl ", "wget ", "mkdir ", "chmod ", "cd ", "python3 ", "./",
	"RUN ", "FROM ", "CMD ", "COPY ", "ENV ", "WORKDIR ", "ENTRYPOINT "}

// codeStarts holds the codeKeywords by their first byte.
var codeStarts = func() (m [256][]string) {
	for _, k := range codeKeywords {
		m[k[0]] = append(m[k[0]], k)
	}
	return m
}()

// codeMarks are the punctuation of code; each holds one of codeMarkBytes.
var codeMarks = []string{"();", "()", "{", "}", " = ", "==", "=>", "->", "::", "[]", "+=", "!=", "&&", "||", "=$"}

const codeMarkBytes = "({}=>:[&|"

// codeMarkBit gives each byte of the codeMarks a bit of its own, and
// codeMarkNeeds the bits of the bytes of each of codeMarks.
var codeMarkBit, codeMarkNeeds = func() (bits [256]uint32, needs []uint32) {
	n := 0
	for _, m := range codeMarks {
		var need uint32
		for i := 0; i < len(m); i++ {
			if bits[m[i]] == 0 {
				bits[m[i]] = 1 << n
				n++
			}
			need |= bits[m[i]]
		}
		needs = append(needs, need)
	}
	return bits, needs
}()

// codeMarkAny holds the bits of codeMarkBytes in codeMarkBit.
var codeMarkAny = func() (m uint32) {
	for i := 0; i < len(codeMarkBytes); i++ {
		m |= codeMarkBit[codeMarkBytes[i]]
	}
	return m
}()

// methodCall reports whether s calls a function whose name holds a dot or
// an underscore, as code does ("client.send(", "read_file("); prose
// does not write names so.
func methodCall(s string) bool {
	for i := strings.IndexByte(s, '('); i > 0; {
		j := i
		for j > 0 && (isIdent(s[j-1]) || s[j-1] == '.') {
			j--
		}
		if name := s[j:i]; len(name) > 2 && strings.ContainsAny(name, "._") && isIdent(name[0]) {
			return true
		}
		k := strings.IndexByte(s[i+1:], '(')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return false
}

// isIdent reports whether c may be part of a name in code.
func isIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
