var buf bytes.Buffer
buf.WriteString("hello ")
buf.Write([]byte("world"))
buf.WriteByte('!')
fmt.Println(buf.String(), buf.Len())
b := []byte("Minigo")
fmt.Println(string(bytes.ToUpper(b)), bytes.Contains(b, []byte("go")), bytes.Equal(b, []byte("Minigo")))
fmt.Println(bytes.Index(b, []byte("i")), string(bytes.Repeat([]byte("-"), 5)))
fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
