s := "The quick brown fox"
fmt.Println(strings.ToUpper(s), strings.ToLower(s))
fmt.Println(strings.Contains(s, "quick"), strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"))
fmt.Println(strings.Index(s, "brown"), strings.LastIndex(s, "o"), strings.Count(s, "o"))
fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
fmt.Printf("%q %q\n", strings.TrimSpace("  pad  "), strings.Trim("xxhixx", "x"))
var b strings.Builder
for i := 0; i < 3; i++ {
	fmt.Fprintf(&b, "%d;", i)
}
b.WriteString("end")
fmt.Println(b.String(), b.Len())
