// The fmt golden matrix: every value below printed with every format
// below, one line per case:  FORMAT <tab> VALUE-NAME <tab> RESULT
// (backslash, newline, CR, NUL and tab in FORMAT and RESULT escaped as
// \\ \n \r \0 \t).
// Lines whose result holds a machine address (0xc...) are left out.
// Then the multi-operand cases (Sprint, Sprintln, argument indexes,
// missing and extra operands) as  NAME <tab> RESULT.
//
// expected.txt is this program's output under Go 1.19.  tests/test_rt_fmt.c
// builds the same values in C and checks stdlib/fmt/fmt.c against it;
// once minigo compiles this file, its output must equal expected.txt.
package main

import (
	"fmt"
	"math"
	"strings"
)

type MyInt int
type MyStr string
type MyFloat float64
type P struct{ X, Y int }
type Inner struct {
	A string
	B []int
}
type Outer struct {
	I Inner
	P *P
	M map[string]int
	E any
	u int
}
type Str struct{ N int }

func (s Str) String() string { return fmt.Sprintf("S<%d>", s.N) }

type PtrStr struct{ N int }

func (p *PtrStr) String() string { return fmt.Sprintf("P<%d>", p.N) }

type Err struct{ msg string }

func (e Err) Error() string { return "err: " + e.msg }

type Panicker struct{}

func (Panicker) String() string { panic("boom") }

type NilPanicker struct{ x int }

func (p *NilPanicker) String() string { return fmt.Sprint(p.x) }

type GoStr struct{}

func (GoStr) GoString() string { return "GoStr!" }
func (GoStr) String() string   { return "str!" }

type Fields struct {
	Pub  Str
	priv Str
}

type V struct {
	name string
	v    any
}

func esc(s string) string {
	s = strings.ReplaceAll(s, "\\", "\\\\")
	s = strings.ReplaceAll(s, "\n", "\\n")
	s = strings.ReplaceAll(s, "\r", "\\r")
	s = strings.ReplaceAll(s, "\x00", "\\0")
	return strings.ReplaceAll(s, "\t", "\\t")
}

func main() {
	pt := 0.1
	vals := []V{
		{"int0", 0}, {"int42", 42}, {"intneg", -42}, {"int8min", int8(-128)},
		{"int16", int16(12345)}, {"int32max", int32(math.MaxInt32)}, {"int64min", int64(math.MinInt64)},
		{"uint8max", uint8(255)}, {"uint16", uint16(65535)}, {"uint32", uint32(3000000000)},
		{"uint64max", uint64(math.MaxUint64)}, {"uintptr", uintptr(4096)},
		{"rune", 'x'}, {"runeCJK", '世'}, {"runeBad", rune(-1)}, {"myint", MyInt(7)},
		{"f0", 0.0}, {"fnegzero", math.Copysign(0, -1)}, {"f1", 1.0}, {"f3", 3.0}, {"f01", 0.1},
		{"f0102", pt + 0.2}, {"f1e20", 1e20}, {"f1e21", 1e21}, {"f1em7", 1e-7},
		{"f123", 123456.789}, {"f1e6", 1e6}, {"f1e5", 100000.0}, {"finf", math.Inf(1)},
		{"fneginf", math.Inf(-1)}, {"fnan", math.NaN()}, {"f32", float32(0.1)},
		{"f32big", float32(1e10)}, {"fmin", 5e-324}, {"fmax", math.MaxFloat64}, {"f25", 2.5},
		{"f05", 0.5}, {"f15", 1.5}, {"f1234", 1234.5678}, {"fneg", -3.75}, {"myfloat", MyFloat(2.5)},
		{"f2e", 2.0 / 3.0}, {"f1e100", 1e100}, {"f9", 0.999999},
		{"s0", ""}, {"s", "hello"}, {"sutf", "héllo wörld"}, {"stab", "tab\there"},
		{"squote", "quote\"s"}, {"sbin", "\x00\xff"}, {"scjk", "日本語"}, {"sback", "`back`"},
		{"sls", "\u2028"}, {"snl", "a\nb"}, {"mystr", MyStr("ms")},
		{"true", true}, {"false", false},
		{"bytes", []byte("hi")}, {"bytesnil", []byte(nil)}, {"bytearr", [3]byte{1, 2, 3}},
		{"ints", []int{1, 2, 3}}, {"intsnil", []int(nil)}, {"intsempty", []int{}},
		{"strs", []string{"a", "b"}}, {"anys", []any{1, "a", nil, 2.5}},
		{"nested", [][]int{{1}, {2, 3}}}, {"arr", [3]int{1, 2, 3}}, {"arr0", [0]int{}},
		{"floats", []float64{0.5, 1e21, math.NaN()}},
		{"mapsi", map[string]int{"b": 2, "a": 1, "c": 3}},
		{"mapis", map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}},
		{"mapnil", map[string]int(nil)}, {"mapf", map[float64]int{math.NaN(): 1, 1: 2, -1: 3}},
		{"mapb", map[bool]int{true: 1, false: 0}}, {"mapp", map[P]string{{2, 1}: "x", {1, 2}: "y"}},
		{"mapsl", map[string][]int{"z": {1}, "y": nil}},
		{"pt", P{1, 2}}, {"ptp", &P{1, 2}}, {"ptnil", (*P)(nil)},
		{"inner", Inner{"a", []int{1}}},
		{"outer", Outer{I: Inner{"x", nil}, M: map[string]int{"k": 1}, E: 3, u: 9}},
		{"outerp", &Outer{E: "e"}}, {"anon", struct {
			A int
			b string
		}{1, "x"}},
		{"nil", nil}, {"intp", (*int)(nil)}, {"slicep", &[]int{1, 2}}, {"mapptr", &map[string]int{"a": 1}},
		{"str", Str{5}}, {"strp", &Str{6}}, {"ptrstr", PtrStr{7}}, {"ptrstrp", &PtrStr{8}},
		{"err", Err{"bad"}}, {"panicker", Panicker{}}, {"nilpanicker", (*NilPanicker)(nil)},
		{"gostr", GoStr{}}, {"strs2", []Str{{1}, {2}}}, {"fields", Fields{Str{1}, Str{2}}},
		{"mapstr", map[Str]Str{{2}: {3}, {1}: {4}}},
	}
	formats := []string{
		"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b", "%c", "%U",
		"%e", "%E", "%f", "%F", "%g", "%G", "%t", "%5d", "%-5d|", "%05d", "%+d", "% d", "%#x",
		"%#o", "%#b", "%#U", "%8.3f", "%-8.3f|", "%08.3f", "%+.2e", "%.0f", "%.3g", "%10s",
		"%-10s|", "%.2s", "%#q", "%+q", "% x", "% #x", "%6.2v", "%10v", "%-10v|", "%010v",
		"%.1f", "%.10g", "%#g", "%#.3x", "%x.", "%.3x", "%#v.", "%+10.4v", "%z", "%!",
		"%020.8f", "%-+8d|", "%.30f", "%.20e", "%#.0e", "%#.0f", "%6.3s|", "%-6q|", "%#X",
		"%08b", "%.5d", "%8.5d", "%+.3g", "% .3e", "%#8.3g|", "%3c|", "%-4c|", "%#c",
	}
	for _, v := range vals {
		for _, f := range formats {
			s := fmt.Sprintf(f, v.v)
			if strings.Contains(s, "0xc") {
				continue
			}
			fmt.Printf("%s\t%s\t%s\n", esc(f), v.name, esc(s))
		}
	}

	// Multi-operand cases.
	multi := []struct {
		name string
		s    string
	}{
		{"sprint1", fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, true)},
		{"sprint2", fmt.Sprint(1, 2)},
		{"sprint3", fmt.Sprint("x", "y")},
		{"sprint4", fmt.Sprint()},
		{"sprint5", fmt.Sprint(MyStr("m"), 1, MyStr("n"))},
		{"sprint6", fmt.Sprint(Str{1}, Str{2})},
		{"sprintln1", fmt.Sprintln("a", 1, 2, "b", nil, 0.5)},
		{"sprintln2", fmt.Sprintln()},
		{"missing", fmt.Sprintf("%d %d", 1)},
		{"extra", fmt.Sprintf("%d", 1, 2, "x")},
		{"extranil", fmt.Sprintf("x", nil)},
		{"index1", fmt.Sprintf("%[2]d %[1]d", 1, 2)},
		{"index2", fmt.Sprintf("%[3]*.[2]*[1]f", 12.0, 2, 6)},
		{"index3", fmt.Sprintf("%d %d %#[1]x %#x", 16, 17)},
		{"index4", fmt.Sprintf("%[5]d", 1, 2)},
		{"index5", fmt.Sprintf("%[-1]d", 1)},
		{"index6", fmt.Sprintf("%[0]d", 1)},
		{"index7", fmt.Sprintf("%[1]d %d", 1, 2)},
		{"index8", fmt.Sprintf("%[2]d %[2]d", 1, 2)},
		{"index9", fmt.Sprintf("%[x]d", 1)},
		{"star1", fmt.Sprintf("%*d|", 5, 42)},
		{"star2", fmt.Sprintf("%-*d|", 5, 42)},
		{"star3", fmt.Sprintf("%*d|", -5, 42)},
		{"star4", fmt.Sprintf("%.*f", 2, 3.14159)},
		{"star5", fmt.Sprintf("%*d", "x", 42)},
		{"star6", fmt.Sprintf("%.*d", -1, 42)},
		{"star7", fmt.Sprintf("%*.*f|", 10, 3, 3.14159)},
		{"star8", fmt.Sprintf("%*d", uint8(4), 7)},
		{"noverb", fmt.Sprintf("%")},
		{"noverb2", fmt.Sprintf("abc%-")},
		{"percent", fmt.Sprintf("100%% %d%%", 5)},
		{"percentw", fmt.Sprintf("%5%|")},
		{"badverbnil", fmt.Sprintf("%d", nil)},
		{"badverbstr", fmt.Sprintf("%d", "hi")},
		{"badverbbool", fmt.Sprintf("%s", true)},
		{"badverbstruct", fmt.Sprintf("%z", P{1, 2})},
		{"wrapbad", fmt.Sprintf("%w", Err{"x"})},
		{"mixed", fmt.Sprintf("%s=%d (%v) [%5.1f%%] %q %T", "n", 3, []int{1}, 99.5, 'a', 1.5)},
		{"utf8verb", fmt.Sprintf("%世", 1)},
		{"plain", fmt.Sprintf("no verbs")},
		{"nested", fmt.Sprintf("%v %+v", []P{{1, 2}}, map[string]P{"a": {3, 4}})},
		{"tab", fmt.Sprintf("%d\t%s\n", 1, "x")},
		{"width0", fmt.Sprintf("%0s|%0d", "a", 5)},
		{"bigwidth", fmt.Sprintf("%30d|", 1)},
		{"largeprec", fmt.Sprintf("%.60f", 0.1)},
		{"unicodew", fmt.Sprintf("%-6s|%6s|", "héé", "日本")},
	}
	for _, m := range multi {
		fmt.Printf("%s\t%s\n", m.name, esc(m.s))
	}
}
