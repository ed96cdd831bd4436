// the real error is reported; the unused variable after it is only a warning
fmt.Println(b)
a := 1
