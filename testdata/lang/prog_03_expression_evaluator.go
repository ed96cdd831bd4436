package main

import (
	"errors"
	"fmt"
)

type parser struct {
	s   string
	pos int
}

var errSyntax = errors.New("syntax error")

func (p *parser) peek() byte {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *parser) expr() (int, error) {
	v, err := p.term()
	if err != nil {
		return 0, err
	}
	for {
		switch p.peek() {
		case '+':
			p.pos++
			r, err := p.term()
			if err != nil {
				return 0, err
			}
			v += r
		case '-':
			p.pos++
			r, err := p.term()
			if err != nil {
				return 0, err
			}
			v -= r
		default:
			return v, nil
		}
	}
}

func (p *parser) term() (int, error) {
	v, err := p.factor()
	if err != nil {
		return 0, err
	}
	for {
		switch op := p.peek(); op {
		case '*', '/', '%':
			p.pos++
			r, err := p.factor()
			if err != nil {
				return 0, err
			}
			switch op {
			case '*':
				v *= r
			case '/':
				if r == 0 {
					return 0, fmt.Errorf("division by zero at %d", p.pos)
				}
				v /= r
			default:
				v %= r
			}
		default:
			return v, nil
		}
	}
}

func (p *parser) factor() (int, error) {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.peek() != ')' {
			return 0, fmt.Errorf("%w: expected ) at %d", errSyntax, p.pos)
		}
		p.pos++
		return v, nil
	case c == '-':
		p.pos++
		v, err := p.factor()
		return -v, err
	case c >= '0' && c <= '9':
		n := 0
		for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
			n = n*10 + int(p.s[p.pos]-'0')
			p.pos++
		}
		return n, nil
	}
	return 0, fmt.Errorf("%w: unexpected %q at %d", errSyntax, c, p.pos)
}

func eval(s string) (int, error) {
	p := &parser{s: s}
	v, err := p.expr()
	if err == nil && p.pos < len(s) {
		err = fmt.Errorf("%w: trailing input at %d", errSyntax, p.pos)
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 * (2 - 7) % 6", "10 / (5 - 5)", "2 * (3 + ", "7 7", "2*-3"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-18q error: %v (syntax: %v)\n", s, err, errors.Is(err, errSyntax))
			continue
		}
		fmt.Printf("%-18q = %d\n", s, v)
	}
}
