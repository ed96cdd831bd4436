package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	total := 0
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			fmt.Printf("line %d: empty\n", lineNo)
			continue
		}
		for _, f := range strings.Fields(line) {
			n, err := strconv.Atoi(f)
			if err != nil {
				fmt.Printf("line %d: %v\n", lineNo, err)
				continue
			}
			total += n
		}
	}
	fmt.Println("total:", total, "lines:", lineNo)
}
