package mdsafe

import "strings"

// rawHTMLLen returns the length of the raw HTML (a tag, comment,
// processing instruction, declaration or CDATA section) that a CommonMark
// parser would read at rs[i], or 0.
func rawHTMLLen(rs []rune, i int) int {
	n := len(rs)
	if i+1 >= n || rs[i] != '<' {
		return 0
	}
	s := string(rs[i:min(n, i+4)])
	find := func(from int, end string) int {
		t := strings.Index(string(rs[from:]), end)
		if t < 0 {
			return 0
		}
		return len([]rune(string(rs[from:])[:t])) + from + len([]rune(end)) - i
	}
	switch {
	case strings.HasPrefix(s, "<!--"):
		if strings.HasPrefix(string(rs[i:min(n, i+5)]), "<!-->") {
			return 5
		}
		if strings.HasPrefix(string(rs[i:min(n, i+6)]), "<!--->") {
			return 6
		}
		return find(i+4, "-->")
	case strings.HasPrefix(s, "<?"):
		return find(i+1, "?>") // goldmark reads <?> too
	case strings.HasPrefix(string(rs[i:min(n, i+9)]), "<![CDATA["):
		return find(i+9, "]]>")
	case strings.HasPrefix(s, "<!") && len(s) > 2 && rs[i+2] >= 'A' && rs[i+2] <= 'Z':
		return find(i+2, ">")
	}
	j := i + 1
	closing := rs[j] == '/'
	if closing {
		j++
	}
	if j >= n || !(rs[j] < 0x80 && isAlpha(byte(rs[j]))) {
		return 0
	}
	for j < n && rs[j] < 0x80 && (isAlnum(byte(rs[j])) || rs[j] == '-') {
		j++
	}
	space := func(j int) (int, bool) {
		k, nl := j, false
		for k < n && (rs[k] == ' ' || rs[k] == '\t' || rs[k] == '\n' && !nl) {
			nl = nl || rs[k] == '\n'
			k++
		}
		return k, k > j
	}
	if closing {
		j, _ = space(j)
		if j < n && rs[j] == '>' {
			return j + 1 - i
		}
		return 0
	}
	for {
		k, sp := space(j)
		if k < n && rs[k] == '>' {
			return k + 1 - i
		}
		if k+1 < n && rs[k] == '/' && rs[k+1] == '>' {
			return k + 2 - i
		}
		if !sp || k >= n || !(rs[k] < 0x80 && (isAlpha(byte(rs[k])) || rs[k] == '_' || rs[k] == ':')) {
			return 0
		}
		j = k
		for j < n && rs[j] < 0x80 && (isAlnum(byte(rs[j])) || strings.ContainsRune("_.:-", rs[j])) {
			j++
		}
		k, _ = space(j)
		if k < n && rs[k] == '=' {
			k, _ = space(k + 1)
			if k >= n {
				return 0
			}
			switch q := rs[k]; q {
			case '"', '\'':
				e := k + 1
				for e < n && rs[e] != q {
					e++
				}
				if e >= n {
					return 0
				}
				j = e + 1
			default:
				e := k
				for e < n && !strings.ContainsRune(" \t\n\"'=<>`", rs[e]) {
					e++
				}
				if e == k {
					return 0
				}
				j = e
			}
		}
	}
}

// autolinkLen returns the length of the autolink (<scheme:...> or
// <address@host>) at rs[i], or 0.
func autolinkLen(rs []rune, i int) int {
	n := len(rs)
	e := i + 1
	for e < n && rs[e] != '>' && rs[e] != '<' && rs[e] > ' ' {
		e++
	}
	if e >= n || rs[e] != '>' {
		return 0
	}
	body := string(rs[i+1 : e])
	// CommonMark's schemes have 2 to 32 characters; goldmark takes longer
	// ones too, so any length from 2 counts here.
	if c := strings.IndexByte(body, ':'); c >= 2 && isAlpha(body[0]) {
		ok := true
		for k := 1; k < c; k++ {
			ok = ok && (isAlnum(body[k]) || strings.IndexByte("+.-", body[k]) >= 0)
		}
		if ok {
			return e + 1 - i
		}
	}
	at := strings.IndexByte(body, '@')
	if at <= 0 || at == len(body)-1 {
		return 0
	}
	for k := 0; k < at; k++ {
		if !(body[k] < 0x80 && (isAlnum(body[k]) || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", body[k]) >= 0)) {
			return 0
		}
	}
	for _, label := range strings.Split(body[at+1:], ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return 0
		}
		for k := 0; k < len(label); k++ {
			if !(isAlnum(label[k]) || label[k] == '-') {
				return 0
			}
		}
	}
	return e + 1 - i
}
