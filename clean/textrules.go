package clean

// DefaultTextRules returns the rules run over the lines and paragraphs of a text
// dump, in order: a line that one of them matches is page chrome.
func DefaultTextRules() []TextRule {
	return []TextRule{
		IconRun,
		SVGGenerator,
		LanguageSwitcher,
		ScreenReaderLabel,
		ShareButtonLabel,
		ServerError,
		ScriptNotice,
		BrowserNotice,
		ArchiveBanner,
		ImageLabel,
		FormRemnant,
		PlayerLabel,
		CookieNotice,
		ConsentNotice,
		CommentPolicy,
		CommentsHeading,
		Newsletter,
		StayInformed,
		ShareBar,
		WidgetLoading,
		WidgetEmpty,
		ReadTime,
		Copyright,
		SiteCredits,
		PhotoCredit,
		CaptionCredit,
		ZoomCaption,
		FigureCaption,
		SupportPrompt,
		AppPrompt,
		FeedbackPrompt,
		AffiliateNote,
		RelatedHeading,
		RelatedLink,
		PostNav,
		MoreLink,
		MoreOnTopic,
		Teaser,
		TaxonomyLabel,
		PostMeta,
		SiteLabel,
		AuthorBio,
		HashtagRun,
	}
}

// EndRules returns the rules that match a line after which a text dump holds no more of the article:
// the heading of a comment section or of links to other articles (or to
// more on a topic), the author's biography or the heading of a box about
// the author or the site ("Über uns"), a link to the previous or next post
// or to more ("mehr: …").
func EndRules() []TextRule {
	return []TextRule{
		CommentsHeading,
		RelatedHeading,
		AuthorBio,
		HashtagRun,
		PostNav,
		MoreLink,
		MoreOnTopic,
		AboutHeading,
	}
}
