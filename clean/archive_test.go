package clean

import "testing"

func TestArchiveBanner(t *testing.T) {
	runTextRule(t, ArchiveBanner, []textRuleCase{
		{"crawl note", "These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.", true},
		{"donor note", "Starting in 1996, a company has been donating their crawl data to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.", true},
		{"label", "About this capture", true},
		{"goal", "The goal is to fix all broken links on the web. Crawls of supported \"No More 404\" sites.", true},
		{"article about archives", "The city archive opened a new reading room on Monday.", false},
		{"mention without a crawl", "She found the old page on the Wayback Machine years later.", false},
	})
}
