// Package clean holds pare's boilerplate rules: small, named predicates that
// recognise page chrome (menus, share bars, cookie notes, footers, player
// labels…) in a parsed HTML tree, in the blocks of an extracted article, or in
// the lines of a plain-text dump.
//
// Every rule has a name, and what a rule removes is recorded as a Removal so
// that callers can explain why text went missing. The package does no I/O.
package clean
