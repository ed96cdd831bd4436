package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (MyErr) Error() string { return "myerr" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func ", x())
	case bool:
		if x {
			return "true!"
		}
		return "false!"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", []int{1, 2}, errors.New("e"), MyErr{}, func() int { return 7 }, true, 3.5, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}
