package clean

// lowerGroup holds the phrase sets the text rules look for in a line's
// lower-cased text, textGroup those they look for in its text as it is:
// a Line scans for all of a group's sets at once (Line.lowerHas,
// Line.textHas). A set left out is scanned for on its own.
var (
	lowerGroup = newPhraseGroup(append([]*phraseSet{
		iconWords, supportPhrases, consentChoiceSet, commentWords, commentPolicyWords, rightsWords,
		siteNoticeSet, stayInformedSet, feedbackSet, zoomSet, emptyWidgetSet, cookieWords, cookieUseWords,
		javascriptWord, scriptNoticeSet, browserWords, browserNoticeSet, archiveWords, archiveKinds,
		affiliateWords, paidWords, linkWord, srLabelWords,
		newsletterSet, creativeCommonsSet,
	}, consentTopicSets...)...)
	textGroup = newPhraseGroup(siteNoticeHints, stayInformedHints, feedbackHints, zoomHints, widgetHints)
)
