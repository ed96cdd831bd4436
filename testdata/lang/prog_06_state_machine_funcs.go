package main

import "fmt"

type stateFn func(*lexer) stateFn

type token struct {
	kind string
	text string
}

type lexer struct {
	input  string
	start  int
	pos    int
	tokens []token
}

func (l *lexer) emit(kind string) {
	l.tokens = append(l.tokens, token{kind, l.input[l.start:l.pos]})
	l.start = l.pos
}

func lexAny(l *lexer) stateFn {
	if l.pos >= len(l.input) {
		return nil
	}
	c := l.input[l.pos]
	switch {
	case c == ' ':
		l.pos++
		l.start = l.pos
		return lexAny
	case c >= '0' && c <= '9':
		return lexNumber
	case c >= 'a' && c <= 'z':
		return lexWord
	default:
		l.pos++
		l.emit("punct")
		return lexAny
	}
}

func lexNumber(l *lexer) stateFn {
	for l.pos < len(l.input) && l.input[l.pos] >= '0' && l.input[l.pos] <= '9' {
		l.pos++
	}
	l.emit("number")
	return lexAny
}

func lexWord(l *lexer) stateFn {
	for l.pos < len(l.input) && l.input[l.pos] >= 'a' && l.input[l.pos] <= 'z' {
		l.pos++
	}
	l.emit("word")
	return lexAny
}

func main() {
	l := &lexer{input: "let x1 = 42 + foo;"}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	for _, t := range l.tokens {
		fmt.Printf("%-6s %q\n", t.kind, t.text)
	}
}
