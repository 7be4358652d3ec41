package clean

import "strings"

// ServerError matches a message that the page's server script printed
// into the page, as PHP does when a plugin fails: "Warning: mysql_connect():
// Access denied … in /www/htdocs/wp-content/plugins/x.php on line 29". Such a
// line is never the article, though it often stands right above it.
var ServerError = TextRule{
	Name: "server-error",
	Gate: &Gate{Words: []string{" on line "}},
	Match: func(s string) bool {
		t := strings.TrimSpace(s)
		head, rest, ok := strings.Cut(t, ": ")
		if !ok {
			return false
		}
		switch head {
		case "Warning", "Deprecated", "Notice", "Fatal error", "Parse error", "Strict Standards", "Catchable fatal error":
		default:
			return false
		}
		i := strings.LastIndex(rest, " on line ")
		if i < 0 || i+9 >= len(rest) {
			return false
		}
		// The line number ends the message, after the script's path.
		for _, c := range rest[i+9:] {
			if c < '0' || c > '9' {
				return false
			}
		}
		return strings.Contains(rest[:i], " in /") || strings.Contains(rest[:i], ":\\")
	},
}
