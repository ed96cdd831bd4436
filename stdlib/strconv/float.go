package strconv

import "math"

// Implemented in C (strconv.c).
func formatFloat(f float64, fmt byte, prec, bitSize int) string
func strtod(s string, bitSize int) float64

// FormatFloat converts the floating-point number f to a string, according
// to the format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision
// prec (-1: the smallest number of digits that reads back exactly).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	if bitSize == 32 {
		f = float64(float32(f))
	}
	return formatFloat(f, fmt, prec, bitSize)
}

// AppendFloat appends the string form of f, as FormatFloat, to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func equalIgnoreCase(s1, s2 string) bool {
	n1, n2 := len(s1), len(s2)
	if n1 != n2 {
		return false
	}
	for i := 0; i < len(s1); i++ {
		c1 := s1[i]
		if 'A' <= c1 && c1 <= 'Z' {
			c1 += 'a' - 'A'
		}
		c2 := s2[i]
		if 'A' <= c2 && c2 <= 'Z' {
			c2 += 'a' - 'A'
		}
		if c1 != c2 {
			return false
		}
	}
	return true
}

// floatSyntax checks s is a Go float literal (as ParseFloat accepts it)
// and returns it without underscores; special is 1 for +Inf, -1 for
// -Inf, 2 for NaN.
func floatSyntax(s string) (clean string, special int, ok bool) {
	if len(s) == 0 {
		return "", 0, false
	}
	i := 0
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		i++
	}
	rest := s[i:]
	if equalIgnoreCase(rest, "inf") || equalIgnoreCase(rest, "infinity") {
		if neg {
			return "", -1, true
		}
		return "", 1, true
	}
	if i == 0 && equalIgnoreCase(rest, "nan") {
		return "", 2, true
	}
	base := 10
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		i += 2
	}
	underscores := false
	sawdot := false
	sawdigits := false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawdot {
				return "", 0, false
			}
			sawdot = true
			continue
		case '0' <= c && c <= '9':
			sawdigits = true
			continue
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			sawdigits = true
			continue
		}
		break
	}
	if !sawdigits {
		return "", 0, false
	}
	if i < len(s) && ((base == 10 && lower(s[i]) == 'e') || (base == 16 && lower(s[i]) == 'p')) {
		i++
		if i >= len(s) {
			return "", 0, false
		}
		if s[i] == '+' || s[i] == '-' {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return "", 0, false
		}
		for ; i < len(s) && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
			}
		}
	} else if base == 16 {
		return "", 0, false
	}
	if i != len(s) {
		return "", 0, false
	}
	if underscores {
		if !underscoreOK(s) {
			return "", 0, false
		}
		b := make([]byte, 0, len(s))
		for j := 0; j < len(s); j++ {
			if s[j] != '_' {
				b = append(b, s[j])
			}
		}
		return string(b), 0, true
	}
	return s, 0, true
}

func inf(sign int) float64 { return math.Inf(sign) }

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	clean, special, ok := floatSyntax(s)
	if !ok {
		return 0, syntaxError("ParseFloat", s)
	}
	switch special {
	case 1, -1:
		return inf(special), nil
	case 2:
		if bitSize == 32 {
			return float64(float32(math.NaN())), nil
		}
		return math.NaN(), nil
	}
	f := strtod(clean, bitSize)
	if f > 1.7976931348623157e308 {
		return f, rangeError("ParseFloat", s)
	}
	if f < -1.7976931348623157e308 {
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}
