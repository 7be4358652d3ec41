package clean

import "testing"

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
	})
}
