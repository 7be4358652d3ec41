package textdump

import (
	"strings"
	"testing"
)

// TestTextTitleShownAgain checks that a headline the page shows again
// keeps its place over a shorter quote set above it, and that without the
// repeat the quote over it is still taken for the headline, with the line
// under it for its standfirst.
func TestTextTitleShownAgain(t *testing.T) {
	head := []string{
		"The Harbour Post", "News", "Region", "Opinion", "Sign in",
		"'We waited twenty years for this boat'",
		"Port Aldery town council votes to bring the ferry back to the old pier",
		"The vote ends a debate that split the town, but the state still has to pay for most of the work",
		"By Maggie Thornton 14 March 2024, 6:30 pm",
	}
	body := []string{"",
		"The town council of Port Aldery voted seven to two on Thursday evening to rebuild the old ferry pier. " +
			"The pier has stood empty since the last ferry left twenty years ago.", "",
		"Building it anew will take two years, the council says, and the state has promised to pay for most of it. " +
			"The islanders hope the ferry will bring back the visitors the town has lost.", "",
		"The mayor said the vote was a good day for the harbour.",
	}
	t.Run("shown again in the share text", func(t *testing.T) {
		dump := strings.Join(append(append(append([]string{}, head...), body...), "",
			"Share this article", "Port Aldery town council votes to bring the ferry back to the old pier"), "\n")
		wantTextTitle(t, dump, "Port Aldery town council votes to bring the ferry back to the old pier")
	})
	t.Run("shown once", func(t *testing.T) {
		dump := strings.Join(append(append([]string{}, head...), body...), "\n")
		wantTextTitle(t, dump, "'We waited twenty years for this boat'")
	})
}
