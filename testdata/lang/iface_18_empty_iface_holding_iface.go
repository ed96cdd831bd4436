package main

import (
	"errors"
	"fmt"
)

func kind(v interface{}) string {
	switch v.(type) {
	case nil:
		return "nil"
	case error:
		return "error"
	case fmt.Stringer:
		return "stringer"
	}
	return "other"
}

type S struct{}

func (S) String() string { return "S" }

func main() {
	var err error
	fmt.Println(kind(err))
	err = errors.New("x")
	fmt.Println(kind(err))
	var st fmt.Stringer = S{}
	fmt.Println(kind(st), kind(S{}), kind(&S{}), kind(3))
	var ifaces []interface{}
	ifaces = append(ifaces, err, st, nil)
	fmt.Println(len(ifaces), ifaces[2] == nil, ifaces[0] == err)
}
