package clean

// EmptySection drops a heading that heads nothing: the last block of the
// article, or followed only by link blocks until the next heading of its
// level ("Related articles", "More on this topic" above a list of links).
var EmptySection = BlockRule{
	Name: "empty-section",
	Drop: func(b Block, ctx Context) bool {
		if b.Kind != Heading {
			return false
		}
		for _, next := range ctx.Blocks[ctx.Index+1:] {
			if next.Kind == Heading && next.Level <= b.Level {
				break
			}
			if next.Kind == Heading {
				continue
			}
			if next.LinkDensity() < 0.6 {
				return false
			}
		}
		return true
	},
}
