sc := bufio.NewScanner(os.Stdin)
lines, words := 0, 0
for sc.Scan() {
	lines++
	words += len(strings.Fields(sc.Text()))
}
w := bufio.NewWriter(os.Stdout)
fmt.Fprintf(w, "lines=%d words=%d\n", lines, words)
w.Flush()
ws := bufio.NewScanner(strings.NewReader("one two  three"))
ws.Split(bufio.ScanWords)
for ws.Scan() {
	fmt.Println(ws.Text())
}
