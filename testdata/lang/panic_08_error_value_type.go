package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err)
		var re interface{ RuntimeError() }
		fmt.Println(errors.As(err, &re))
	}()
	var m map[string][]int
	m["x"] = append(m["x"], 1)
}
