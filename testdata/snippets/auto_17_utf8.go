s := "héllo, 世界"
fmt.Println(len(s), utf8.RuneCountInString(s))
r, size := utf8.DecodeRuneInString("世界")
fmt.Println(string(r), size, utf8.RuneLen('é'), utf8.ValidString(s))
buf := make([]byte, 4)
n := utf8.EncodeRune(buf, '界')
fmt.Println(buf[:n], utf8.RuneError)
