package main

import "fmt"

// A select with 40 receive cases, every one of them taken once.
func main() {
	var cs [40]chan int
	for i := range cs {
		cs[i] = make(chan int, 1)
		cs[i] <- i
	}
	seen := 0
	sum := 0
	for k := 0; k < 40; k++ {
		select {
		case v := <-cs[0]:
			sum += v
			seen |= 0
		case v := <-cs[1]:
			sum += v
			seen |= 0
		case v := <-cs[2]:
			sum += v
			seen |= 0
		case v := <-cs[3]:
			sum += v
			seen |= 0
		case v := <-cs[4]:
			sum += v
			seen |= 0
		case v := <-cs[5]:
			sum += v
			seen |= 0
		case v := <-cs[6]:
			sum += v
			seen |= 0
		case v := <-cs[7]:
			sum += v
			seen |= 0
		case v := <-cs[8]:
			sum += v
			seen |= 0
		case v := <-cs[9]:
			sum += v
			seen |= 0
		case v := <-cs[10]:
			sum += v
			seen |= 0
		case v := <-cs[11]:
			sum += v
			seen |= 0
		case v := <-cs[12]:
			sum += v
			seen |= 0
		case v := <-cs[13]:
			sum += v
			seen |= 0
		case v := <-cs[14]:
			sum += v
			seen |= 0
		case v := <-cs[15]:
			sum += v
			seen |= 0
		case v := <-cs[16]:
			sum += v
			seen |= 0
		case v := <-cs[17]:
			sum += v
			seen |= 0
		case v := <-cs[18]:
			sum += v
			seen |= 0
		case v := <-cs[19]:
			sum += v
			seen |= 0
		case v := <-cs[20]:
			sum += v
			seen |= 0
		case v := <-cs[21]:
			sum += v
			seen |= 0
		case v := <-cs[22]:
			sum += v
			seen |= 0
		case v := <-cs[23]:
			sum += v
			seen |= 0
		case v := <-cs[24]:
			sum += v
			seen |= 0
		case v := <-cs[25]:
			sum += v
			seen |= 0
		case v := <-cs[26]:
			sum += v
			seen |= 0
		case v := <-cs[27]:
			sum += v
			seen |= 0
		case v := <-cs[28]:
			sum += v
			seen |= 0
		case v := <-cs[29]:
			sum += v
			seen |= 0
		case v := <-cs[30]:
			sum += v
			seen |= 0
		case v := <-cs[31]:
			sum += v
			seen |= 0
		case v := <-cs[32]:
			sum += v
			seen |= 0
		case v := <-cs[33]:
			sum += v
			seen |= 0
		case v := <-cs[34]:
			sum += v
			seen |= 0
		case v := <-cs[35]:
			sum += v
			seen |= 0
		case v := <-cs[36]:
			sum += v
			seen |= 0
		case v := <-cs[37]:
			sum += v
			seen |= 0
		case v := <-cs[38]:
			sum += v
			seen |= 0
		case v := <-cs[39]:
			sum += v
			seen |= 0
		}
	}
	fmt.Println(sum, seen)
	for _, c := range cs {
		if len(c) != 0 {
			fmt.Println("left over")
		}
	}
}
