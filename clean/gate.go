package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// Gate is what a text rule needs of a line before it can match it: a rule
// declares it next to its code, and a line answers every rule's gate from
// what it reads once (Line.mayMatch), so that FirstMatch runs a rule only
// on the lines it could match. A gate must never turn away a line the rule
// matches: TestGatesHold checks that on every line of the corpus dumps and
// the fixtures.
//
// A line passes when it has at most Max characters (0: any number), white
// space at its ends not counted, and, unless the gate lists nothing else,
// when one of these holds:
//   - its lower-cased text holds one of Words, and it has all of
//     WordsNeed;
//   - its lower-cased text, from its first letter on, starts with one of
//     Prefixes;
//   - its lower-cased text, from its first letter on, starts with one of
//     FirstWords followed by no ASCII letter;
//   - it has one of Shapes.
type Gate struct {
	Max        int
	Words      []string
	WordsNeed  Shape
	Prefixes   []string
	FirstWords []string
	Shapes     Shape

	bit uint64 // the gate's bit in what a line's triggers find; 0 when not in gatedRules
}

// Shape is a set of cheap facts about a line's text that gates may ask.
type Shape uint8

const (
	// UpperStart: the text's first character after white space is a
	// capital (startsUpper).
	UpperStart Shape = 1 << iota
	// EndsDot: the text, white space trimmed, ends with "." or "…".
	EndsDot
	// Hashes: the text holds three "#" or more.
	Hashes
)

// open reports whether g asks nothing but the length.
func (g *Gate) open() bool {
	return len(g.Words) == 0 && len(g.Prefixes) == 0 && len(g.FirstWords) == 0 && g.Shapes == 0
}

// gatedRules are the rules whose gates a line's triggers answer, one bit
// each: every text rule of the package's lists.
var gatedRules = []*TextRule{
	&IconRun, &SVGGenerator, &LanguageSwitcher, &ScreenReaderLabel, &ShareButtonLabel, &ServerError,
	&ScriptNotice, &BrowserNotice, &ArchiveBanner, &ImageLabel, &FormRemnant, &PlayerLabel, &CookieNotice,
	&ConsentNotice, &CommentPolicy, &CommentsHeading, &Newsletter, &StayInformed, &ShareBar, &WidgetLoading,
	&WidgetEmpty, &ReadTime, &Copyright, &SiteCredits, &PhotoCredit, &CaptionCredit, &ZoomCaption,
	&FigureCaption, &SupportPrompt, &AppPrompt, &FeedbackPrompt, &AffiliateNote, &RelatedHeading,
	&RelatedLink, &PostNav, &MoreLink, &MoreOnTopic, &Teaser, &TaxonomyLabel, &PostMeta, &SiteLabel,
	&AuthorBio, &HashtagRun, &AboutHeading,
}

// triggers finds, in one pass over a line's lower-cased text, which gates'
// Words it holds (anywhere), and in a walk from its first letter which
// gates' Prefixes and FirstWords it starts with.
type triggers struct {
	words    automaton
	long     automaton // the Words of the gates that let more than longLine characters pass
	longBits uint64    // the bits of those gates
	starts   startTrie
	open     uint64 // the bits of the gates that ask nothing but the length
	starting uint64 // the bits of the gates with Prefixes or FirstWords
	holding  uint64 // the bits of the gates with Words

	upTo      []uint64       // upTo[n]: the bits of the gates that let n characters pass
	unbounded uint64         // the bits of the gates with no Max
	shaped    [1 << 3]uint64 // shaped[s]: the bits of the gates that shape s passes
	wordsOK   [1 << 3]uint64 // wordsOK[s]: the bits of the gates whose Words count for shape s
	asking    [3]uint64      // asking[k]: the bits of the gates that ask for the shape 1<<k
}

// longLine is the length past which a line is scanned for the Words of
// the few gates that let it pass only (triggers.long).
const longLine = 400

// wordHead is how many bytes of each of the gates' Words a line is
// scanned for.
const wordHead = 8

// lineTriggers holds the gates of gatedRules.
var lineTriggers = newTriggers(gatedRules)

// newTriggers gives each rule's gate its bit and makes the machines that
// find them.
func newTriggers(rules []*TextRule) *triggers {
	t := &triggers{}
	var words, starts []string
	var wordBits, startBits []uint64
	var startWord []bool
	for k, r := range rules {
		g := r.Gate
		if g == nil || k >= 64 {
			continue
		}
		g.bit = 1 << k
		// Copies of the rule made from now on carry the bit, for
		// FirstMatchLine's loop (copies made before read it through
		// the Gate).
		r.gate = g.bit
		if g.open() {
			t.open |= g.bit
		}
		if len(g.Prefixes)+len(g.FirstWords) > 0 {
			t.starting |= g.bit
		}
		if len(g.Words) > 0 {
			t.holding |= g.bit
		}
		if g.Max == 0 {
			t.unbounded |= g.bit
		}
		for len(t.upTo) <= g.Max {
			t.upTo = append(t.upTo, 0)
		}
		for k := range t.asking {
			if (g.Shapes|g.WordsNeed)&(1<<k) != 0 {
				t.asking[k] |= g.bit
			}
		}
		for sh := range t.shaped {
			if Shape(sh)&g.Shapes != 0 {
				t.shaped[sh] |= g.bit
			}
			if Shape(sh)&g.WordsNeed == g.WordsNeed {
				t.wordsOK[sh] |= g.bit
			}
		}
		for _, w := range g.Words {
			// A phrase's head is in every text the phrase is in; heads
			// of a few bytes keep the machine small and let long lines
			// be scanned in two halves (automaton.scanTwo).
			if len(w) > wordHead {
				w = w[:wordHead]
			}
			words, wordBits = append(words, w), append(wordBits, g.bit)
		}
		for _, p := range g.Prefixes {
			starts, startBits, startWord = append(starts, p), append(startBits, g.bit), append(startWord, false)
		}
		for _, p := range g.FirstWords {
			starts, startBits, startWord = append(starts, p), append(startBits, g.bit), append(startWord, true)
		}
	}
	for n := range t.upTo {
		t.upTo[n] = t.unbounded
		for _, r := range rules {
			if g := r.Gate; g != nil && g.bit != 0 && n <= g.Max {
				t.upTo[n] |= g.bit
			}
		}
	}
	t.words = blankAutomaton(words, wordBits)
	var long []string
	var longBits []uint64
	for i, w := range words {
		if wordBits[i]&(t.unbounded|t.upTo[min(longLine+1, len(t.upTo)-1)]) != 0 {
			long, longBits = append(long, w), append(longBits, wordBits[i])
			t.longBits |= wordBits[i]
		}
	}
	t.long = blankAutomaton(long, longBits)
	t.starts = newStartTrie(starts, startBits, startWord)
	return t
}

// blankAutomaton makes an automaton of phrases, phrase i finding bits[i],
// that reads the ASCII blanks as spaces: it finds a phrase wherever the
// text holds it, and a few places it does not (a phrase with a space,
// across a tab or a line break), which no gate minds.
//
// Its bytes outside ASCII are its own: a machine that read all the bytes
// that continue a character as one had tables two thirds as wide, and
// scanned no faster, but took every character of a block (box drawing,
// dashes, quotes) for "…", "©" or a space outside ASCII, and let through
// two to twenty-five times the lines the teaser, copyright and
// author-bio rules then turned away.
func blankAutomaton(phrases []string, bits []uint64) automaton {
	a := newAutomaton(phrases, func(i int) uint64 { return bits[i] })
	for _, c := range "\t\n\v\f\r" {
		a.class[c] = a.class[' ']
	}
	return a
}

// lineShape returns those of the Shapes of text that are in ask.
func lineShape(text string, ask Shape) Shape {
	var sh Shape
	if ask&UpperStart != 0 && startsUpper(text) {
		sh |= UpperStart
	}
	if ask&EndsDot != 0 {
		if n := len(text); n > 0 && text[n-1] < utf8.RuneSelf && !blankByte(text[n-1]) {
			// An ASCII end, no white space after it.
			if text[n-1] == '.' {
				sh |= EndsDot
			}
		} else if t := strings.TrimRightFunc(text, unicode.IsSpace); strings.HasSuffix(t, ".") || strings.HasSuffix(t, "…") {
			sh |= EndsDot
		}
	}
	if ask&Hashes != 0 && strings.Count(text, "#") >= 3 {
		sh |= Hashes
	}
	return sh
}

// mayMatch reports whether l passes g. A Line reads what the gates ask
// once for all of them, and only as far as some gate asks: its length and
// shape first, then its start, then its words; it keeps which gates it
// passes (pass) and which it may still pass (cand), and for which of
// them it knows (known).
func (l *Line) mayMatch(g *Gate) bool {
	if l.known&g.bit != 0 {
		return l.pass&g.bit != 0
	}
	return l.readFor(g.bit)
}

// readFor reads of l what tells whether it passes the gate of bit (true
// for a gate with no bit).
func (l *Line) readFor(bit uint64) bool {
	if l.done&hasGates == 0 {
		l.readShape()
		if l.known&bit != 0 {
			return l.pass&bit != 0
		}
	}
	if bit == 0 {
		return true
	}
	t := lineTriggers
	if t.starting&bit != 0 && l.done&hasStarts == 0 {
		l.readStarts()
		// Gates without Words are known now.
		l.known |= l.pass | ^t.holding
		if l.pass&bit != 0 {
			return true
		}
	}
	if t.holding&t.wordsOK[l.shape]&bit != 0 && l.done&hasWordHits == 0 {
		l.readWords()
	}
	if l.done&hasStarts != 0 && l.done&hasWordHits != 0 {
		l.known = ^uint64(0)
	}
	return l.pass&bit != 0
}

// readAll reads of l all that tells which gates it passes, and returns
// their bits: what readFor reads for each gate in turn, read for all
// of them (the answers are the same in any order).
func (l *Line) readAll() uint64 {
	if l.known == ^uint64(0) {
		return l.pass
	}
	if l.done&hasGates == 0 {
		l.readShape()
	}
	t := lineTriggers
	if l.done&hasStarts == 0 && ^l.known&t.starting != 0 {
		l.readStarts()
		l.known |= l.pass | ^t.holding
	}
	if l.done&hasWordHits == 0 && ^l.known&t.holding&t.wordsOK[l.shape] != 0 {
		l.readWords()
	}
	// The gates still unknown hold Words that the line's shape does
	// not let count: they turn it away.
	l.known = ^uint64(0)
	return l.pass
}

// readWords finds which gates' Words l holds, for the shape it has.
func (l *Line) readWords() {
	t := lineTriggers
	l.done |= hasWordHits
	a := &t.words
	if l.cand&t.holding&^t.longBits == 0 {
		a = &t.long // a long line: the few gates that let it pass have a smaller machine
	}
	l.pass |= l.cand & t.wordsOK[l.shape] & a.scan(l.Lower())
	// Gates without Prefixes or FirstWords are known now.
	l.known |= l.pass | ^t.starting
}

// readShape reads l's length, white space at its ends trimmed, and its
// shape: the gates it passes on them alone, and those it may pass.
func (l *Line) readShape() {
	t := l.text
	if n := len(t); n > 0 && (t[0] >= utf8.RuneSelf || blankByte(t[0]) || t[n-1] >= utf8.RuneSelf || blankByte(t[n-1])) {
		// Not two ASCII ends that are no white space, as in most lines
		// of a dump: trimmed.
		t = strings.TrimSpace(t)
	}
	var n int
	if len(t) == len(l.text) {
		n = l.Runes()
	} else {
		n = utf8.RuneCountInString(t)
	}
	tr := lineTriggers
	l.cand = tr.unbounded
	if n < len(tr.upTo) {
		l.cand = tr.upTo[n]
	}
	// Only the shapes that a gate the length lets pass asks for: the
	// others count for no gate that may still pass.
	var ask Shape
	for k, bits := range tr.asking {
		if l.cand&bits != 0 {
			ask |= 1 << k
		}
	}
	l.shape = lineShape(l.text, ask)
	l.pass = l.cand & (tr.open | tr.shaped[l.shape])
	// Known: the gates the length turns away, those the line passes, and
	// those that ask nothing of its start or words.
	l.known = ^l.cand | l.pass | ^(tr.starting | tr.holding)
	l.done |= hasGates
}

// blankByte reports whether the ASCII character c is white space
// (unicode.IsSpace).
func blankByte(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// startLen is how many bytes of each start phrase a startTrie keeps.
const startLen = 8

// startHead is how many bytes of a line readStarts lower-cases when the
// line has not been lower-cased whole: the start phrases are shorter.
const startHead = 96

// readStarts finds which gates' Prefixes and FirstWords l starts with,
// from its lower-cased text or, when that has not been made, from its
// head lower-cased (lower-casing maps one character at a time, so the
// lower-cased head is the head of the lower-cased text).
func (l *Line) readStarts() {
	l.done |= hasStarts
	if l.done&hasLower == 0 && len(l.text) > startHead {
		cut := startHead
		for cut > 0 && !utf8.RuneStart(l.text[cut]) {
			cut--
		}
		if found, ended := lineTriggers.starts.walk(fromFirstLetter(lang.ToLower(l.text[:cut]))); !ended {
			l.pass |= l.cand & found
			return
		}
	}
	found, _ := lineTriggers.starts.walk(fromFirstLetter(l.Lower()))
	l.pass |= l.cand & found
}

// firstWords returns the first word of each phrase, once each.
func firstWords(phrases ...[]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, list := range phrases {
		for _, p := range list {
			if w := firstWordOf(p); !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// lowered returns the phrases lower-cased.
func lowered(phrases ...string) []string {
	out := make([]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.ToLower(p)
	}
	return out
}

// keysOf returns the words of a set.
func keysOf(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// joined returns the phrases of the lists in one new list.
func joined(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
