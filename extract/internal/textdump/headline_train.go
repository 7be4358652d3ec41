package textdump

// HeadlineCandidate is one headline candidate of a dump, as the trainer
// of the headline model (./train) sees it: the headline it gives and its
// features, in the order of HeadlineFeatures.
type HeadlineCandidate struct {
	Line     int       // the line, counted from 0 among the dump's non-empty lines
	Text     string    // the headline it gives (after titleText's cuts)
	Features []float64 // its features
	Lex      []string  // its words, by lexical block (LexBlockNames), "" for none
	Score    float64   // its score under the weights in use
}

// HeadlineFeatures returns the name and group of each headline feature.
func HeadlineFeatures() (names, groups []string) {
	for _, f := range headlineFeatures {
		names = append(names, f.name)
		groups = append(groups, f.group)
	}
	return names, groups
}

// HeadlineWeights returns the weights in use, in the order of
// HeadlineFeatures.
func HeadlineWeights() []float64 {
	return append([]float64(nil), headlineWeights[:]...)
}

// HeadlineCandidates returns the headline candidates of a dump, in the
// order they are found, with the index of the chosen one, or -1.
func HeadlineCandidates(dump string) ([]HeadlineCandidate, int) {
	lines := readLines(dump)
	if len(lines) == 0 {
		return nil, -1
	}
	start, end := findRegion(lines)
	if start < 0 {
		return nil, -1
	}
	cs := titleCands(lines, start, end)
	out := make([]HeadlineCandidate, len(cs))
	best := 0
	for k, c := range cs {
		cs[k].score = scoreFeatures(&c.f) + lexScore(lines, &cs[k])
		keys := lexKeys(lines, c.line, c.words)
		out[k] = HeadlineCandidate{Line: c.line, Text: titleText(lines, firstShowing(lines, c.line, start)),
			Features: append([]float64(nil), c.f[:]...), Lex: keys[:], Score: cs[k].score}
		if cs[k].score > cs[best].score {
			best = k
		}
	}
	if len(cs) == 0 {
		return out, -1
	}
	return out, best
}

// HeadlineScore returns the score of a candidate's features, in the order
// of HeadlineFeatures, and of its words by lexical block (as
// HeadlineCandidate.Lex holds them), under the model in use.
func HeadlineScore(features []float64, lex []string) float64 {
	var f [hfCount]float64
	copy(f[:], features)
	s := scoreFeatures(&f)
	for b, key := range lex {
		if b < lexBlocks && key != "" && len(headlineLex[b]) > 0 {
			s += headlineLex[b][LexBucket(b, key, len(headlineLex[b]))]
		}
	}
	return s
}
