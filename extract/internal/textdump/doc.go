// Package textdump is the text path of package extract. A dump of a whole page (w3m's, a browser's innerText,
// a "select all, copy") has no markup left, so the article is found by the
// shape of its lines:
//
//  1. readLines: the lines of a sentence that the page broke in the middle
//     are joined first (rawLines); then each line with its list marker, length, stop words (de, en,
//     es, fr, it, nl, pl, pt and a few more) and whether it reads as running
//     text; chrome lines are marked by clean.DefaultTextRules(), and so are
//     short lines the page shows twice. Each line gets a value: running text
//     counts for the article by its length, labels, menus and chrome count
//     against it.
//  2. findRegion: the article is the stretch of lines with the highest sum
//     of values (where long sentence-like lines cluster), unless it lies
//     after the page's first comments or related-links heading and a
//     stretch a quarter as heavy stands before it. It ends early at a
//     comment section, a block of related links or an author's box
//     (clean.EndRules()) unless the article visibly resumes after it, and
//     starts higher at a recipe's list of ingredients above its steps;
//     a run of teasers (headline and one short paragraph) at its end goes;
//     a list of running words or of labelled facts right under it is
//     taken in.
//  3. findTitle: the headline is chosen among the short lines above the
//     region (and a few inside it, the end of a numbered breadcrumb trail
//     and a heading a text browser sets in deeply) by a linear score over
//     a fixed vector of features (headline_features.go) whose weights are
//     fitted on the corpora by ./train (headline_weights.go): place,
//     length, case and punctuation, words shared with the article, dates
//     and bylines near it, repetition, empty lines and neighbours, and
//     marks of captions, labels, controls, imprints and site names. Lines
//     above a dated standfirst parted from the text (leadAbove) and above
//     a restart of the text after a menu (restartAt) are weighed from
//     there too. A kicker, breadcrumb, date or link mark glued to its line
//     is cut off (titleText).
//  4. findDate (textdate.go), findAuthor: the date line, dated byline or
//     opening dateline closest to the headline, preferring lines below it
//     and publication over update dates, else a labelled publication date
//     further off or a lone date line under the article; the byline ("Von
//     X", "By X"…).
//  5. textBlocks: the lines from under the headline (from the region's
//     start when full paragraphs stand above a headline found inside it) to
//     the region's end become paragraphs, section headings (short lines
//     followed by text), lists, code and tables (tab-separated rows);
//     chrome, date and byline lines and doubled captions go, each with a
//     clean.Removal, and lines outside the article are recorded too.
//
// FromText (textdump.go) runs the steps; docs/ARCHITECTURE.md describes them
// heuristic by heuristic.
package textdump
