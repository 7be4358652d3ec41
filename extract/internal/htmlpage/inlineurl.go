package htmlpage

import (
	"net/url"
	"strings"
)

// linkBase returns the page's URL as the converter reads it to make links
// absolute: as it is when it has a host, else read as a host name; nil
// when neither gives one (links are then left as they are).
func linkBase(domain string) *url.URL {
	if domain == "" {
		return nil
	}
	for _, s := range []string{domain, "http://" + domain} {
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			return u
		}
	}
	return nil
}

// linkTarget returns a link's target as the converter writes it: "#"
// as it is; else read as a URL (line breaks and tabs encoded first), its
// query's keys and values encoded again and its "+" written "%20", made
// absolute against base; a target that does not read as a URL, or a
// data URL, as it is. Spaces, brackets, parentheses and angle brackets
// are then encoded.
func linkTarget(raw string, base *url.URL) string {
	raw = strings.TrimSpace(raw)
	if raw == "#" {
		return raw
	}
	raw = strings.ReplaceAll(strings.ReplaceAll(raw, "\n", "%0A"), "\t", "%09")
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "data" {
		return targetEscaper.Replace(raw)
	}
	u.RawQuery = strings.ReplaceAll(reencodeQuery(u.RawQuery), "+", "%20")
	if base != nil {
		u = base.ResolveReference(u)
	}
	return targetEscaper.Replace(u.String())
}

// targetEscaper encodes what would end a link's target in Markdown.
var targetEscaper = strings.NewReplacer(" ", "%20", "[", "%5B", "]", "%5D",
	"(", "%28", ")", "%29", "<", "%3C", ">", "%3E")

// reencodeQuery decodes and encodes again each key and value of a query,
// keeping their order; a part that does not decode stays as it is.
func reencodeQuery(q string) string {
	if q == "" {
		return ""
	}
	var sb strings.Builder
	for i, part := range strings.Split(q, "&") {
		if i > 0 {
			sb.WriteByte('&')
		}
		key, val, hasVal := strings.Cut(part, "=")
		sb.WriteString(reencode(key))
		if hasVal {
			sb.WriteByte('=')
			sb.WriteString(reencode(val))
		}
	}
	return sb.String()
}

func reencode(s string) string {
	d, err := url.QueryUnescape(s)
	if err != nil {
		return s
	}
	return url.QueryEscape(d)
}
