package clean

// PostMeta matches the line a blog sets under a post to say where it was
// filed: "Dieser Eintrag wurde veröffentlicht in Allgemein und
// verschlagwortet mit…", "This entry was posted in News".
var PostMeta = TextRule{
	Name: "post-meta",
	Match: func(s string) bool {
		return !runesOver(s, 300) && startsWithAny(folded(s), postMetaPrefixes)
	},
}

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
