// scan.go — Scan, Scanln, Scanf and their Fscan*/Sscan* forms, written for
// minigo after the behaviour of Go's fmt/scan.go, for pointers to the basic
// types (the integers, floats, string, []byte, bool).  Without reflection a
// pointer to a named type (type Celsius float64) is refused with Go's
// "can't scan type" error, where Go would scan its underlying type.
//
// Input is read one byte at a time and at most one byte past a token is
// consumed, as Go does for a reader that is not an io.RuneScanner (os.Stdin):
// that byte is a separator, so successive Scan calls see the same tokens as
// in Go.
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
)

const scanEOF = -1

type scanner struct {
	str   string
	pos   int
	r     io.Reader
	one   [1]byte
	back  int // a byte given back, or scanEOF-1 when none
	nlSep bool // newlines count as spaces (Scan, not Scanln/Scanf)
	err   error
}

func newScanner(r io.Reader, s string, nlSep bool) *scanner {
	return &scanner{str: s, r: r, back: scanEOF - 1, nlSep: nlSep}
}

func (s *scanner) getc() int {
	if s.back != scanEOF-1 {
		c := s.back
		s.back = scanEOF - 1
		return c
	}
	if s.r == nil {
		if s.pos >= len(s.str) {
			return scanEOF
		}
		s.pos++
		return int(s.str[s.pos-1])
	}
	for {
		n, err := s.r.Read(s.one[:])
		if n == 1 {
			return int(s.one[0])
		}
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			return scanEOF
		}
	}
}

func (s *scanner) ungetc(c int) { s.back = c }

func isScanSpace(c int) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' }

// skipSpace skips blanks (and newlines when they separate); it reports an
// error for a newline where Scanln must not see one.
func (s *scanner) skipSpace() error {
	for {
		c := s.getc()
		if c == '\r' {
			continue
		}
		if c == '\n' {
			if s.nlSep {
				continue
			}
			s.ungetc(c)
			return errors.New("unexpected newline")
		}
		if !isScanSpace(c) {
			s.ungetc(c)
			return nil
		}
	}
}

// token returns the longest run of bytes accepted by ok.
func (s *scanner) token(ok func(c int, tok []byte) bool) string {
	var tok []byte
	for {
		c := s.getc()
		if c == scanEOF || !ok(c, tok) {
			s.ungetc(c)
			return string(tok)
		}
		tok = append(tok, byte(c))
	}
}

func notSpace(c int, tok []byte) bool { return !isScanSpace(c) && c != '\n' }

func isDigitIn(c int, base int) bool {
	switch {
	case c >= '0' && c <= '9':
		return c-'0' < base
	case c >= 'a' && c <= 'z':
		return c-'a'+10 < base
	case c >= 'A' && c <= 'Z':
		return c-'A'+10 < base
	}
	return false
}

// intToken reads [+-]digits; with base 0 a 0b/0o/0x prefix picks the base.
func (s *scanner) intToken(base int, signed bool) string {
	var tok []byte
	c := s.getc()
	if signed && (c == '+' || c == '-') {
		tok = append(tok, byte(c))
		c = s.getc()
	}
	if base == 0 {
		base = 10
		if c == '0' {
			tok = append(tok, '0')
			c = s.getc()
			switch c {
			case 'b', 'B':
				base = 2
			case 'o', 'O':
				base = 8
			case 'x', 'X':
				base = 16
			default:
				base = 8
				s.ungetc(c)
				c = '0'
				tok = tok[:len(tok)-1]
			}
			if base != 8 || c != '0' {
				tok = append(tok, byte(c))
				c = s.getc()
			}
		}
	}
	for isDigitIn(c, base) || c == '_' {
		tok = append(tok, byte(c))
		c = s.getc()
	}
	s.ungetc(c)
	return string(tok)
}

// verbBase is the base a verb scans integers in; 0 lets a prefix decide.
func verbBase(verb byte) int {
	switch verb {
	case 'd':
		return 10
	case 'b':
		return 2
	case 'o':
		return 8
	case 'x', 'X':
		return 16
	}
	return 0
}

// scanInt parses at 64 bits, returning strconv's error as Go does, then
// checks the operand's size ("integer overflow on token").
func (s *scanner) scanInt(verb byte, bits int) (int64, error) {
	base := verbBase(verb)
	tok := s.intToken(base, true)
	if tok == "" || tok == "+" || tok == "-" {
		if c := s.getc(); c == scanEOF && tok != "" {
			return 0, io.EOF // a sign, then the end (Go's notEOF)
		} else {
			s.ungetc(c)
		}
		return 0, errors.New("expected integer")
	}
	v, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		return 0, err
	}
	if x := v << (64 - bits) >> (64 - bits); x != v {
		return 0, errors.New("integer overflow on token " + tok)
	}
	return v, nil
}

// scanUint is scanInt for unsigned operands (no sign accepted).
func (s *scanner) scanUint(verb byte, bits int) (uint64, error) {
	base := verbBase(verb)
	tok := s.intToken(base, false)
	if tok == "" {
		return 0, errors.New("expected integer")
	}
	v, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		return 0, err
	}
	if x := v << (64 - bits) >> (64 - bits); x != v {
		return 0, errors.New("unsigned integer overflow on token " + tok)
	}
	return v, nil
}

func floatByte(c int, tok []byte) bool {
	if c >= '0' && c <= '9' || c == '.' || c == '_' {
		return true
	}
	if c == '+' || c == '-' {
		return len(tok) == 0 || tok[len(tok)-1] == 'e' || tok[len(tok)-1] == 'E' ||
			tok[len(tok)-1] == 'p' || tok[len(tok)-1] == 'P'
	}
	switch c {
	case 'e', 'E', 'p', 'P', 'x', 'X', 'i', 'n', 'f', 't', 'y', 'a', 'I', 'N', 'F', 'T', 'Y', 'A':
		return true
	}
	return c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (s *scanner) scanFloat(bits int) (float64, error) {
	return strconv.ParseFloat(s.token(floatByte), bits)
}

func (s *scanner) scanBool() (bool, error) {
	tok := s.token(func(c int, tok []byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	})
	v, err := strconv.ParseBool(tok)
	if err != nil {
		return false, errors.New("syntax error scanning boolean")
	}
	return v, nil
}

func (s *scanner) scanString(verb byte) (string, error) {
	if verb == 'q' {
		c := s.getc()
		if c != '"' && c != '`' {
			s.ungetc(c)
			return "", errors.New("expected quoted string")
		}
		q := c
		tok := []byte{byte(c)}
		for {
			c = s.getc()
			if c == scanEOF || c == '\n' && q == '"' {
				return "", io.ErrUnexpectedEOF
			}
			tok = append(tok, byte(c))
			if c == '\\' && q == '"' {
				c = s.getc()
				if c == scanEOF {
					return "", io.ErrUnexpectedEOF
				}
				tok = append(tok, byte(c))
				continue
			}
			if c == q {
				break
			}
		}
		v, err := strconv.Unquote(string(tok))
		if err != nil {
			return "", err
		}
		return v, nil
	}
	return s.token(notSpace), nil
}

// scanOne stores one value through arg, a pointer.
func (s *scanner) scanOne(verb byte, arg any) error {
	if verb == 'c' {
		c := s.getc()
		if c == scanEOF {
			return io.ErrUnexpectedEOF
		}
		r := rune(c)
		if c >= 0x80 { // a UTF-8 sequence: read its continuation bytes
			b := []byte{byte(c)}
			for len(b) < 4 {
				d := s.getc()
				if d < 0x80 || d >= 0xC0 {
					s.ungetc(d)
					break
				}
				b = append(b, byte(d))
			}
			r = []rune(string(b))[0]
		}
		switch p := arg.(type) {
		case *rune:
			*p = r
		case *int:
			*p = int(r)
		default:
			return errors.New("can't scan type: " + Sprintf("%T", arg))
		}
		return nil
	}
	if err := s.skipSpace(); err != nil {
		return err
	}
	if c := s.getc(); c == scanEOF {
		if s.err != nil {
			return s.err
		}
		return io.EOF
	} else {
		s.ungetc(c)
	}
	var err error
	switch p := arg.(type) {
	case *string:
		if v, e := s.scanString(verb); e == nil {
			*p = v
		} else {
			err = e
		}
	case *[]byte:
		if v, e := s.scanString(verb); e == nil {
			*p = []byte(v)
		} else {
			err = e
		}
	case *bool:
		if v, e := s.scanBool(); e == nil {
			*p = v
		} else {
			err = e
		}
	case *int:
		if v, e := s.scanInt(verb, 64); e == nil {
			*p = int(v)
		} else {
			err = e
		}
	case *int8:
		if v, e := s.scanInt(verb, 8); e == nil {
			*p = int8(v)
		} else {
			err = e
		}
	case *int16:
		if v, e := s.scanInt(verb, 16); e == nil {
			*p = int16(v)
		} else {
			err = e
		}
	case *int32:
		if v, e := s.scanInt(verb, 32); e == nil {
			*p = int32(v)
		} else {
			err = e
		}
	case *int64:
		if v, e := s.scanInt(verb, 64); e == nil {
			*p = int64(v)
		} else {
			err = e
		}
	case *uint:
		if v, e := s.scanUint(verb, 64); e == nil {
			*p = uint(v)
		} else {
			err = e
		}
	case *uint8:
		if v, e := s.scanUint(verb, 8); e == nil {
			*p = uint8(v)
		} else {
			err = e
		}
	case *uint16:
		if v, e := s.scanUint(verb, 16); e == nil {
			*p = uint16(v)
		} else {
			err = e
		}
	case *uint32:
		if v, e := s.scanUint(verb, 32); e == nil {
			*p = uint32(v)
		} else {
			err = e
		}
	case *uint64:
		if v, e := s.scanUint(verb, 64); e == nil {
			*p = uint64(v)
		} else {
			err = e
		}
	case *float64:
		if v, e := s.scanFloat(64); e == nil {
			*p = float64(v)
		} else {
			err = e
		}
	case *float32:
		if v, e := s.scanFloat(32); e == nil {
			*p = float32(v)
		} else {
			err = e
		}
	default:
		t := Sprintf("%T", arg)
		if len(t) == 0 || t[0] != '*' {
			return errors.New("type not a pointer: " + t)
		}
		err = errors.New("can't scan type: " + t)
	}
	return err
}

// doScan is Scan's and Scanln's loop; Scanln then wants the line's end.
func (s *scanner) doScan(a []any) (n int, err error) {
	for _, arg := range a {
		if err = s.scanOne('v', arg); err != nil {
			return
		}
		n++
	}
	if !s.nlSep {
		for {
			c := s.getc()
			if c == '\n' || c == scanEOF {
				break
			}
			if !isScanSpace(c) {
				return n, errors.New("expected newline")
			}
		}
	}
	return
}

// doScanf matches the format: blanks match any blanks, a newline matches a
// newline, other text must match exactly, and each verb scans one operand.
func (s *scanner) doScanf(format string, a []any) (n int, err error) {
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			i++
			if c == '\n' {
				for {
					d := s.getc()
					if d == '\n' || d == scanEOF {
						break
					}
					if !isScanSpace(d) {
						return n, errors.New("newline in format does not match input")
					}
				}
				continue
			}
			if isScanSpace(int(c)) {
				for {
					d := s.getc()
					if !isScanSpace(d) {
						s.ungetc(d)
						break
					}
				}
				continue
			}
			if d := s.getc(); d != int(c) {
				s.ungetc(d)
				return n, errors.New("input does not match format")
			}
			continue
		}
		i++
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			i++ // widths are accepted and ignored
		}
		if i >= len(format) {
			return n, errors.New("too few operands for format '%'")
		}
		verb := format[i]
		i++
		if verb == '%' {
			s.skipSpace()
			if d := s.getc(); d != '%' {
				s.ungetc(d)
				return n, errors.New("missing literal %")
			}
			continue
		}
		if n >= len(a) {
			return n, errors.New("too few operands for format '%" + string(rune(verb)) + "'")
		}
		if err = s.scanOne(verb, a[n]); err != nil {
			return
		}
		n++
	}
	if n < len(a) {
		return n, errors.New("too many operands")
	}
	return
}

// Sscan scans space-separated values from str into the pointers in a;
// newlines count as spaces.
func Sscan(str string, a ...any) (n int, err error) {
	return newScanner(nil, str, true).doScan(a)
}

// Sscanln is Sscan that stops at a newline and wants one (or the end)
// after the last value.
func Sscanln(str string, a ...any) (n int, err error) {
	return newScanner(nil, str, false).doScan(a)
}

// Sscanf scans str as the format directs.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newScanner(nil, str, false).doScanf(format, a)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, "", true).doScan(a)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, "", false).doScan(a)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(r, "", false).doScanf(format, a)
}

// Scan, Scanln and Scanf read os.Stdin.
func Scan(a ...any) (n int, err error)   { return Fscan(os.Stdin, a...) }
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}
