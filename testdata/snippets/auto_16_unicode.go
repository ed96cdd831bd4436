for _, r := range "Go 1.22, ça va?" {
	switch {
	case unicode.IsUpper(r):
		fmt.Print("U")
	case unicode.IsLower(r):
		fmt.Print("l")
	case unicode.IsDigit(r):
		fmt.Print("d")
	case unicode.IsSpace(r):
		fmt.Print("_")
	case unicode.IsPunct(r):
		fmt.Print("p")
	default:
		fmt.Print("?")
	}
}
fmt.Println()
fmt.Println(string(unicode.ToUpper('ç')), string(unicode.ToLower('Q')), unicode.IsLetter('é'))
