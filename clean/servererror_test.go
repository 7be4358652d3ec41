package clean

import "testing"

func TestServerError(t *testing.T) {
	runTextRule(t, ServerError, []textRuleCase{
		{"warning", "Warning: mysql_connect(): Access denied for user 'web'@'localhost' in /var/www/site/wp-content/plugins/tags/tags.php on line 42", true},
		{"deprecated", "Deprecated: Function split() is deprecated in /home/blog/wp-includes/theme.php on line 7", true},
		{"notice", "Notice: Undefined index: page in /srv/www/index.php on line 113", true},
		{"warning in prose", "Warning: the road to the summit is closed in winter, on line 3 of the map.", false},
		{"no line number", "Warning: mysql_connect(): Access denied in /var/www/index.php", false},
		{"article sentence", "Die Notice of Motion wurde am Montag eingereicht.", false},
	})
}
