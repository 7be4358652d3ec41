package clean

// PostMeta matches the line a blog sets under a post to say where it was
// filed: "Dieser Eintrag wurde veröffentlicht in Allgemein und
// verschlagwortet mit…", "This entry was posted in News".
var PostMeta = TextRule{
	Name: "post-meta",
	Gate: &Gate{Max: 300, FirstWords: firstWords(postMetaPrefixes)},
	MatchLine: func(ln *Line) bool {
		return !ln.RunesOver(300) && postMetaIndex.mayStart(ln.foldedFirstWord()) && postMetaIndex.startsWithAny(ln.Folded())
	},
}

var postMetaIndex = newPrefixIndex(postMetaPrefixes)

var postMetaPrefixes = phraseList(`
	dieser eintrag wurde
	dieser beitrag wurde
	dieser artikel wurde
	this entry was posted
	this entry was filed
	this post was posted
	veröffentlicht in
	abgelegt unter
	publié dans
	publicado en
	pubblicato in
	opublikowano w
`)
