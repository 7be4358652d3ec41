package clean

import (
	"strings"
	"testing"
)

func TestChromeClass(t *testing.T) {
	runDOMCases(t, ChromeClass, []domCase{
		{"share bar", `<div class="post-share-bar">Share</div>`, true},
		{"related posts", `<section class="related_posts">More</section>`, true},
		{"comments id", `<div id="comments">Comments</div>`, true},
		{"cookie banner", `<div class="cookie-notice">We use cookies</div>`, true},
		{"newsletter box", `<div class="box newsletter-signup">Sign up</div>`, true},
		{"german ad label", `<div class="anzeige">Anzeige</div>`, true},
		{"breadcrumb", `<ol class="breadcrumb">Home</ol>`, true},
		{"author bio", `<div class="author-bio">Jane writes about trains.</div>`, true},
		{"embedded post", `<div class="social-embed">Post</div>`, true},
		{"shareholder is not share", `<div class="shareholder-report">Text</div>`, false},
		{"no-share is not a share bar", `<div class="entry-content no-share">Text</div>`, false},
		{"layout with sidebar", `<div class="layout with-sidebar-right">Text</div>`, false},
		{"BEM modifier", `<section class="report__section--ads">Text</section>`, false},
		{"taxonomy class", `<div class="post category-social-issues">Text</div>`, false},
		{"live ticker comment", `<div class="live-match-comment">Goal!</div>`, false},
		{"plain content", `<div class="entry-content">Text</div>`, false},
		{"rest of a post under a more class", `<div class="entry-more">` + classRunning + `</div>`, false},
		{"video description under a meta id", `<div class="emp-description" id="meta-information">` + classRunning + `</div>`, false},
		{"german text in a footer-named box", `<div class="artikel-footer">` + classLaufend + `</div>`, false},
		{"comment thread with much text", `<ol class="commentlist">` + classRunning + `</ol>`, true},
		{"related stories with summaries", `<div class="related-stories">` + classRunning + `</div>`, true},
		{"paragraphs that are links", `<div class="more-stories">` + classLinked + `</div>`, true},
		{"post whose class names its author, text without paragraphs", `<div class="entry entry-author-jane">` + strings.ReplaceAll(strings.ReplaceAll(classRunning, "<p>", ""), "</p>", "<br><br>") + `</div>`, false},
		{"author box of a few lines", `<div class="author-box">Jane Hart writes about harbours, ferries and the sea for the paper, and lives by the coast.</div>`, true},
		{"short text under a more class", `<div class="read-more"><p>Read the full story of the pier.</p></div>`, true},
	})
}

// Paragraphs of running text, longer than runningTextMin together.
var (
	classRunning = strings.Repeat("<p>The council voted on Thursday to rebuild the old ferry pier, ending years of debate about its cost.</p>", 6)
	classLaufend = strings.Repeat("<p>Der Gemeinderat hat am Donnerstag beschlossen, den alten Fähranleger neu zu bauen, nach Jahren des Streits.</p>", 6)
	classLinked  = strings.Repeat(`<p><a href="/a">The council voted on Thursday to rebuild the old ferry pier, ending years of debate.</a></p>`, 6)
)
