package main

import (
	"github.com/pare-dev/pare/clean/site"
	"github.com/pare-dev/pare/extract"
)

// A batch learns its sites' boilerplate with package clean/site.
type siteModel = site.Model

func newSiteModel(minPages int, minShare float64) *siteModel {
	return site.NewModel(minPages, minShare)
}

// siteKey names the site of a page (site.Key).
func siteKey(doc *extract.Document, dir string) string { return site.Key(doc, dir) }
