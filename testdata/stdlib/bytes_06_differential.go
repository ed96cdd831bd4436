package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"unicode"
)

var alphabet = []string{"a", "b", "A", " ", "\t", "\n", "é", "É", "ß", "世", "\xff", "\xe4\xb8", "Σ", "σ", ",", "ab", "\u00a0", "0", "ǅ", "🙂", "\x80"}

func gen(r *rand.Rand, n int) []byte {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(alphabet[r.Intn(len(alphabet))])
	}
	return []byte(sb.String())
}

func main() {
	r := rand.New(rand.NewSource(5))
	hs := make([]uint64, 40)
	mix := func(k int, b []byte) {
		for _, c := range b {
			hs[k] = hs[k]*1099511628211 + uint64(c)
		}
		hs[k] = hs[k]*31 + uint64(len(b))
	}
	mixs := func(k int, bs [][]byte) {
		for _, b := range bs {
			mix(k, b)
			hs[k] += uint64(cap(b))
		}
	}
	for it := 0; it < 3000; it++ {
		s, t, u := gen(r, r.Intn(10)), gen(r, r.Intn(3)), gen(r, r.Intn(3))
		mixs(0, bytes.Split(s, t))
		mixs(1, bytes.SplitN(s, t, 3))
		mixs(2, bytes.SplitAfter(s, t))
		mixs(3, bytes.Fields(s))
		mix(4, bytes.Replace(s, t, u, -1))
		mix(5, []byte(fmt.Sprint(bytes.Index(s, t), bytes.LastIndex(s, t), bytes.IndexAny(s, string(t)), bytes.Count(s, t), bytes.EqualFold(s, t), bytes.Equal(s, t), bytes.Compare(s, t), bytes.HasPrefix(s, t), bytes.Contains(s, t))))
		mix(6, bytes.ToUpper(s))
		mix(7, bytes.ToLower(s))
		mix(8, bytes.Title(s))
		mix(9, bytes.TrimSpace(s))
		mix(10, bytes.Trim(s, string(t)))
		mix(11, bytes.TrimFunc(s, unicode.IsLetter))
		mix(12, bytes.Map(unicode.ToUpper, s))
		mix(13, bytes.Repeat(t, 3))
		mix(14, bytes.Join([][]byte{s, t, u}, t))
		mixs(15, bytes.FieldsFunc(s, unicode.IsPunct))
		mix(16, []byte(string(bytes.Runes(s))))
		mix(17, bytes.ToValidUTF8(s, u))
		var buf bytes.Buffer
		buf.Write(s)
		buf.WriteString(string(t))
		line, err := buf.ReadString(',')
		mix(18, []byte(line+fmt.Sprint(err)))
		rr, sz, _ := buf.ReadRune()
		mix(19, []byte(fmt.Sprint(rr, sz, buf.Len())))
	}
	fmt.Println(hs)
}
