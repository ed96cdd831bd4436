// a parameter named strings hides the package only inside its function
func count(strings []string) int {
	return len(strings)
}

fmt.Println(count([]string{"a", "b"}), strings.ToUpper("package here"))
