package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var alphabet = []string{"a", "b", "A", " ", "\t", "\n", "é", "É", "ß", "ſ", "K", "k", "\u212a", "世", "\xff", "\xe4\xb8", "Σ", "σ", "ς", ",", "ab", "\u00a0", "\u2003", "0", "9", "_", "ǅ", "🙂", "\x80"}

func gen(r *rand.Rand, n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(alphabet[r.Intn(len(alphabet))])
	}
	return sb.String()
}

var hs [64]uint64
var k int

func mix(s string) {
	for i := 0; i < len(s); i++ {
		hs[k] = hs[k]*1099511628211 + uint64(s[i])
	}
	hs[k] = hs[k]*31 + uint64(len(s))
}

func mixi(i int) { mix(strconv.Itoa(i)) }
func mixb(b bool) {
	if b {
		mix("T")
	} else {
		mix("F")
	}
}
func mixs(ss []string) {
	mixi(len(ss))
	for _, s := range ss {
		mix(s)
	}
}

func main() {
	r := rand.New(rand.NewSource(3))
	for it := 0; it < 3000; it++ {
		s := gen(r, r.Intn(12))
		t := gen(r, r.Intn(3))
		u := gen(r, r.Intn(3))
		k = 0
		rr, _ := utf8.DecodeRuneInString(t)
		k++
		mixs(strings.Split(s, t))
		k++
		mixs(strings.SplitN(s, t, 2))
		k++
		mixs(strings.SplitAfter(s, t))
		k++
		mixs(strings.Fields(s))
		k++
		mix(strings.Replace(s, t, u, -1))
		k++
		mix(strings.Replace(s, t, u, 2))
		k++
		mixi(strings.Index(s, t))
		k++
		mixi(strings.LastIndex(s, t))
		k++
		mixi(strings.IndexAny(s, t))
		k++
		mixi(strings.LastIndexAny(s, t))
		k++
		mixi(strings.IndexRune(s, rr))
		k++
		mixi(strings.Count(s, t))
		k++
		mixb(strings.EqualFold(s, t+s[len(s)/2:]))
		k++
		mixb(strings.EqualFold(strings.ToUpper(s), strings.ToLower(s)))
		k++
		mix(strings.ToUpper(s))
		k++
		mix(strings.ToLower(s))
		k++
		mix(strings.ToTitle(s))
		k++
		mix(strings.Title(s))
		k++
		mix(strings.TrimSpace(s))
		k++
		mix(strings.Trim(s, t))
		k++
		mix(strings.TrimLeft(s, t))
		k++
		mix(strings.TrimRight(s, t))
		k++
		mix(strings.TrimFunc(s, unicode.IsLetter))
		k++
		mix(strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return unicode.SimpleFold(r)
		}, s))
		k++
		mix(strings.NewReplacer(t, u, "a", "X", u, t).Replace(s))
		k++
		mix(strings.ToValidUTF8(s, u))
		k++
		mixs(strings.FieldsFunc(s, unicode.IsPunct))
		b := []byte(s)
		k++
		mixi(len(bytes.Fields(b)))
		k++
		mix(string(bytes.TrimSpace(b)))
		k++
		mix(string(bytes.Title(b)))
		k++
		mix(strconv.Quote(s))
		k++
		mix(strconv.QuoteToASCII(s))
		q, err := strconv.Unquote(strconv.Quote(s))
		k++
		mixb(err == nil && q == strings.ToValidUTF8(q, "\ufffd") || q == s)
		k++
		mixi(utf8.RuneCountInString(s))
		k++
		mixb(utf8.ValidString(s))
		k++
		mix(string([]rune(s)))
	}
	for i, v := range hs[:k+1] {
		fmt.Println(i, v)
	}
}
