package extract

import (
	"errors"
	"strings"
	"testing"
)

// TestNoArticlePages checks that a page that is a form to fill in or a web
// server's error page is no article, and that articles beside forms or
// about errors are kept.
func TestNoArticlePages(t *testing.T) {
	login := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign in – Harbour Community Portal</title></head><body>
<header><a href="/">Harbour Community Portal</a></header><main><h1>Sign in to your account</h1>
<form method="post" action="/login"><label for="email">Email address</label><input type="email" id="email" name="email">
<label for="password">Password</label><input type="password" id="password" name="password">
<label><input type="checkbox" name="remember"> Keep me signed in on this device</label><button type="submit">Sign in</button>
<p><a href="/forgot">Forgot your password?</a></p><p>Don't have an account yet? <a href="/register">Create one now</a> to join the discussion.</p>
</form></main><footer><p>© 2025 Harbour Community Portal. All rights reserved.</p></footer></body></html>`
	signup := `<html><head><title>Newsletter</title></head><body><h1>Get our weekly newsletter</h1><form>
<fieldset><legend>Your details</legend><label>First name</label><input name="first"><label>Last name</label><input name="last">
<label>Email address</label><input type="email" name="email"><label>Country</label><select><option>Belgium</option><option>France</option><option>Germany</option></select>
<label><input type="checkbox"> I agree to the terms of use</label><input type="submit" value="Subscribe now"></fieldset></form></body></html>`
	nginx := "<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>nginx/1.24.0</center>\n</body>\n</html>\n"
	apache := `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN"><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>
<p>The requested URL was not found on this server.</p><hr><address>Apache/2.4.58 (Debian) Server at www.example.org Port 443</address></body></html>`
	unavailable := `<!DOCTYPE html><html><head><title>Error 503 Service Unavailable</title></head><body><h1>Service Unavailable</h1>
<p>The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.</p></body></html>`
	para := "<p>The ferry to the island left the harbour at seven this morning, the first crossing since the storm closed the port on Friday.</p>"
	short := `<!DOCTYPE html><html><head><title>Ferry runs again</title></head><body><header><form><input name="user"><input type="password" name="pw"><button>Log in</button></form></header>
<article><h1>Ferry runs again</h1>` + para + `</article><div id="comments"><h3>No comments yet.</h3><form><label>Name (required)</label><input name="name">
<label>Mail (will not be published)</label><input name="mail"><textarea></textarea><input type="submit" value="Post comment"></form></div></body></html>`
	about := `<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><article><h1>404 Not Found</h1>` +
		"<p>When a server cannot find the page a browser asks for, it answers with the status 404, and most sites show a page of their own that says so, with a search box or a list of their sections.</p>" +
		"<p>The code goes back to the early days of the web, when the status lines of the protocol were written down by hand, and it has stayed the same ever since, in every server and every browser.</p>" +
		"<p>A page that has moved should answer 301 and say where it went; a 404 tells a search engine that the page is gone, and after a while it drops the address from its index.</p>" +
		"<p>Many sites make their 404 page a small joke, a lost dog or a broken pencil, so that the reader smiles before going back to the home page and trying again.</p>" +
		`</article></body></html>`
	gallery := `<!DOCTYPE html><html><head><title>Lighthouses at dusk</title></head><body><div id="content"><div class="post"><h3><a href="/p/88">Lighthouses at dusk</a></h3>
<div class="entry"><p><img src="/1.jpg" alt=""></p><p>Painted in oil by <a href="/artists/mara">Mara Lind</a> for <a href="/shop/lighthouses">the lighthouse series</a></p>
<p><img src="/2.jpg" alt=""></p><p><a href="/shop/lighthouses/2">The north pier at dusk</a>, <a href="/shop/lighthouses">second of the series</a></p>
<p><a href="/share?p=88">Pin it</a> <a href="/mail?p=88">Send it to a friend</a></p></div></div>
<p>No comments yet.</p>
<h2 id="postcomment">Leave a comment</h2><form><p><input name="author"><label>Name (required)</label></p><p><input name="email"><label>Mail (will not be published) (required)</label></p>
<p><input name="url"><label>Website</label></p><p><input type="checkbox"><label>Notify me of follow-up comments by email</label></p><p><textarea name="comment"></textarea></p><p><input type="submit" value="Submit Comment"></p></form></div></body></html>`
	tests := []struct {
		name      string
		page      string
		noArticle bool
		want      string // a phrase of the article
	}{
		{"login form", login, true, ""},
		{"sign-up form", signup, true, ""},
		{"nginx 404 page", nginx, true, ""},
		{"apache 404 page", apache, true, ""},
		{"503 page", unavailable, true, ""},
		{"short article beside a login box and a comment form", short, false, "The ferry to the island"},
		{"article about the 404 status", about, false, "status 404"},
		{"gallery whose caption is the post, above a comment form", gallery, false, "Painted in oil by"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ExtractBytes([]byte(tt.page), Options{})
			if tt.noArticle {
				if !errors.Is(err, ErrNoContent) {
					t.Errorf("error = %v, want ErrNoContent; body:\n%v", err, doc)
				}
				return
			}
			if err != nil {
				t.Fatalf("ExtractBytes: %v", err)
			}
			if !strings.Contains(doc.Body(), tt.want) {
				t.Errorf("article text missing:\n%s", doc.Body())
			}
		})
	}
}

func TestStatusTitle(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"404 Not Found", true},
		{"Error 404", true},
		{"HTTP Error 500: Internal Server Error", true},
		{"403 Forbidden", true},
		{"504 Gateway Time-out", true},
		{"Page not found | Harbour News", true},
		{"Not Found", true},
		{"404", true},
		{"Found: the lost ferry bell", false},
		{"The 404 best harbour towns", false},
		{"Error in the budget", false},
		{"200 OK", false},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := statusTitle(tt.title); got != tt.want {
				t.Errorf("statusTitle(%q) = %v, want %v", tt.title, got, tt.want)
			}
		})
	}
}

// TestNoArticleOnlyWithoutText checks that a page gives "no article" only
// when it has no running text: a short story on an old table layout, or a
// few lines under a video player, are written.
func TestNoArticleOnlyWithoutText(t *testing.T) {
	story := `<p>Harbour staff said on Tuesday that the night ferry will run again from Monday, after the repairs to its engine took
longer than planned. The company apologised to passengers for the three weeks without a service.</p>
<p>Tickets bought for the cancelled crossings stay valid until the end of the year, a spokesman said.</p>`
	tests := []struct {
		name string
		page string
		want string // "" for no article
	}{
		{
			name: "short story in an old table layout",
			page: `<html><head><title>Night ferry runs again</title></head><body><table width="760"><tr><td class="nav" width="150">
<a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a></td><td valign="top">
<font size="4"><b>Night ferry runs again</b></font><br><font size="2">` + story + `</font></td></tr></table></body></html>`,
			want: "night ferry will run again",
		},
		{
			name: "a few lines under a video player",
			page: `<html lang="fr"><head><title>La nuit du port</title></head><body><div id="player"><video src="/v.mp4"></video></div>
<div class="meta-video"><p>Le port la nuit, filmé depuis la jetée par un pêcheur, pendant la tempête de janvier dernier.</p></div>
<ul class="menu"><li><a href="/">Accueil</a></li><li><a href="/videos">Vidéos</a></li></ul></body></html>`,
			want: "filmé depuis la jetée",
		},
		{
			name: "a login form",
			page: `<html><head><title>Sign in</title></head><body><form><label>E-mail</label><input name="e">
<label>Password</label><input type="password" name="p"><button>Sign in</button></form></body></html>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ExtractBytes([]byte(tt.page), Options{Input: HTML})
			if tt.want == "" {
				if !errors.Is(err, ErrNoContent) {
					t.Errorf("err = %v, want ErrNoContent", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			var sb strings.Builder
			for _, b := range doc.Blocks {
				sb.WriteString(b.Plain + "\n")
			}
			if !strings.Contains(sb.String(), tt.want) {
				t.Errorf("body lacks %q:\n%s\nchoice: %q", tt.want, sb.String(), doc.Candidates)
			}
		})
	}
}
