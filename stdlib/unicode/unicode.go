// Package unicode provides data and functions to test some properties of
// Unicode code points, as Go's.  The tables (Unicode 13.0.0, those of Go
// 1.19) and their searches are C (unicode.c); a RangeTable here is a
// handle on one of them.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into CaseRanges-style delta arrays.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// A RangeTable is a set of Unicode code points (here: a handle on a C table).
type RangeTable struct {
	id int
}

// Implemented in C (unicode.c).
func isIn(t int, r rune) bool
func toCase(c int, r rune) rune
func simpleFold(r rune) rune

var (
	Letter      = &RangeTable{0}
	L           = Letter
	Upper       = &RangeTable{1}
	Lu          = Upper
	Lower       = &RangeTable{2}
	Ll          = Lower
	Title       = &RangeTable{3}
	Lt          = Title
	Lm          = &RangeTable{4}
	Lo          = &RangeTable{5}
	Mark        = &RangeTable{6}
	M           = Mark
	Number      = &RangeTable{7}
	N           = Number
	Digit       = &RangeTable{8}
	Nd          = Digit
	Nl          = &RangeTable{9}
	No          = &RangeTable{10}
	Punct       = &RangeTable{11}
	P           = Punct
	Symbol      = &RangeTable{12}
	S           = Symbol
	Zs          = &RangeTable{13}
	Space       = &RangeTable{14}
	Z           = Space
	Other       = &RangeTable{15}
	C           = Other
	Cc          = &RangeTable{16}
	Control     = Cc
	White_Space = &RangeTable{17}
	Han         = &RangeTable{18}
	Latin       = &RangeTable{19}
	Greek       = &RangeTable{20}
	Cyrillic    = &RangeTable{21}
	Arabic      = &RangeTable{22}
	Hiragana    = &RangeTable{23}
	Katakana    = &RangeTable{24}
	Hangul      = &RangeTable{25}
	Hebrew      = &RangeTable{26}
)

// GraphicRanges and PrintRanges as Go defines them.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
var PrintRanges = []*RangeTable{L, M, N, P, S}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab == nil {
		return false
	}
	return isIn(rangeTab.id, r)
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		if r < 0x80 {
			return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
		}
		return r == 0xAA || r == 0xB5 || r == 0xBA || (r >= 0xC0 && r != 0xD7 && r != 0xF7)
	}
	return isIn(0, r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isIn(8, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if r < 0x80 {
		return '0' <= r && r <= '9'
	}
	return isIn(7, r)
}

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isIn(17, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return isIn(1, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return isIn(2, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return isIn(3, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool { return isIn(11, r) }

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool { return isIn(12, r) }

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool { return isIn(6, r) }

// IsControl reports whether the rune is a control character (C0 or C1).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r < 0x20 || (0x7F <= r && r < 0xA0)
	}
	return false
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool {
	return isIn(0, r) || isIn(6, r) || isIn(7, r) || isIn(11, r) || isIn(12, r) || isIn(13, r)
}

// IsPrint reports whether the rune is printable as Go defines it (graphic,
// and of the spaces only U+0020).
func IsPrint(r rune) bool {
	if r == ' ' {
		return true
	}
	return isIn(0, r) || isIn(6, r) || isIn(7, r) || isIn(11, r) || isIn(12, r)
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune { return toCase(_case, r) }

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toCase(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return toCase(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toCase(TitleCase, r)
}

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	return simpleFold(r)
}
