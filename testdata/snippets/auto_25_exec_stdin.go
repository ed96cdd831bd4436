cmd := exec.Command("tr", "a-z", "A-Z")
cmd.Stdin = strings.NewReader("shout this\n")
var out bytes.Buffer
cmd.Stdout = &out
if err := cmd.Run(); err != nil {
	fmt.Println("error:", err)
}
fmt.Print(out.String())
_, err := exec.Command("minigo-no-such-command-xyz").Output()
fmt.Println(err)
