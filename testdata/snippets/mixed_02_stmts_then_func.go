// statements may call functions declared further down
for _, w := range []string{"level", "minigo", "racecar"} {
	fmt.Println(w, isPalindrome(w))
}

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}
