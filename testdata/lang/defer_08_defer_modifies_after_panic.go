package main

import "fmt"

type Tx struct{ log []string }

func (t *Tx) Rollback() { t.log = append(t.log, "rollback") }
func (t *Tx) Commit()   { t.log = append(t.log, "commit") }

func run(t *Tx, fail bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			t.Rollback()
			err = fmt.Errorf("failed: %v", r)
			return
		}
		t.Commit()
	}()
	t.log = append(t.log, "work")
	if fail {
		panic("disk full")
	}
	return nil
}

func main() {
	t1 := &Tx{}
	fmt.Println(run(t1, false), t1.log)
	t2 := &Tx{}
	fmt.Println(run(t2, true), t2.log)
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
}
